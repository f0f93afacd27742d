package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface DeletionRequestRepository extends JpaRepository<DeletionRequest, Long> {

	Optional<DeletionRequest> findByParticipantIdAndOutcome(long participantId, DeletionOutcome outcome);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<DeletionRequest> findLockedById(long id);

}
