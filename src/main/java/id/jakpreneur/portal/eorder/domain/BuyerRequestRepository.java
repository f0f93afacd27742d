package id.jakpreneur.portal.eorder.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BuyerRequestRepository extends JpaRepository<BuyerRequest, Long> {

	boolean existsByEmailAndStatus(String email, BuyerRequest.Status status);

	/** The request under a row lock, so that two administrators cannot decide it twice. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from BuyerRequest r where r.id = :id")
	Optional<BuyerRequest> findForDecision(long id);

}
