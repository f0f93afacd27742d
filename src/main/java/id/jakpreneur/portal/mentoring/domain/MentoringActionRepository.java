package id.jakpreneur.portal.mentoring.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentoringActionRepository extends JpaRepository<MentoringAction, Long> {

	/** One of the participant's own actions. */
	Optional<MentoringAction> findByIdAndParticipantId(long id, long participantId);

}
