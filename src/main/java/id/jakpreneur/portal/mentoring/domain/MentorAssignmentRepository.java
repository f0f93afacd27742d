package id.jakpreneur.portal.mentoring.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorAssignmentRepository extends JpaRepository<MentorAssignment, Long> {

	/** The participant's current assignment (the database allows at most one). */
	Optional<MentorAssignment> findByParticipantIdAndEndedAtIsNull(long participantId);

}
