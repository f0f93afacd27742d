package id.jakpreneur.portal.licensing.domain;

import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LicenceRepository extends JpaRepository<Licence, Long> {

	Optional<Licence> findByParticipantIdAndType(long participantId, LicenceType type);

	/** The licence under a row lock, so a verification and a correction of it never overwrite each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Licence l where l.id = :id and l.participantId = :participantId")
	Optional<Licence> lockByIdAndParticipantId(long id, long participantId);

	/** The participant's licence of one type under a row lock (see {@link #lockByIdAndParticipantId}). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Licence l where l.participantId = :participantId and l.type = :type")
	Optional<Licence> lockByParticipantIdAndType(long participantId, LicenceType type);

	boolean existsByParticipantId(long participantId);

}
