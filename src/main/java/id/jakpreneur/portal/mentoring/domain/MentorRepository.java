package id.jakpreneur.portal.mentoring.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Mentors; the locking reads take the row lock that makes capacity hold under concurrency. */
interface MentorRepository extends JpaRepository<Mentor, Long> {

	/** The mentor, with their row locked until the transaction ends ({@code SELECT ... FOR UPDATE}). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Mentor m where m.id = :id")
	Optional<Mentor> lockById(@Param("id") long id);

	/** Several mentors locked in id order, so that two crossing reassignments cannot deadlock. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Mentor m where m.id in :ids order by m.id")
	List<Mentor> lockAllInIdOrder(@Param("ids") Collection<Long> ids);

}
