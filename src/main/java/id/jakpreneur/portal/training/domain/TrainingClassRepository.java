package id.jakpreneur.portal.training.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface TrainingClassRepository extends JpaRepository<TrainingClass, Long> {

	/** The class with its row locked until the transaction ends: seats are counted and given under this lock. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<TrainingClass> findLockedById(long id);

	boolean existsByTitle(String title);

}
