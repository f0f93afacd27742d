package id.jakpreneur.portal.outlet.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CallRepository extends JpaRepository<Call, Long> {

	/** The call, locked until the transaction ends: one release at a time per call. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Call c where c.id = :id")
	Optional<Call> findForUpdate(long id);

}
