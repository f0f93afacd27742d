package id.jakpreneur.portal.training.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	Optional<Enrolment> findByIdAndClassIdAndStatusNot(long id, long classId, EnrolmentStatus status);

	Optional<Enrolment> findFirstByClassIdAndParticipantIdAndStatusNot(long classId, long participantId,
			EnrolmentStatus status);

	boolean existsByClassIdAndParticipantIdAndStatusNot(long classId, long participantId, EnrolmentStatus status);

	long countByClassIdAndStatus(long classId, EnrolmentStatus status);

	List<Enrolment> findByClassIdAndStatus(long classId, EnrolmentStatus status);

}
