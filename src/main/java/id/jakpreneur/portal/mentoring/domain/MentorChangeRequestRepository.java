package id.jakpreneur.portal.mentoring.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorChangeRequestRepository extends JpaRepository<MentorChangeRequest, Long> {

	/** The participant's open request (the database allows at most one). */
	Optional<MentorChangeRequest> findByParticipantIdAndResolvedAtIsNull(long participantId);

}
