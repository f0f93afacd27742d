package id.jakpreneur.portal.eorder.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

	/**
	 * The order under a row lock, for a step: two steps on one order (the buyer cancels while the seller confirms)
	 * happen one after the other, the second seeing the first's state.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from PurchaseOrder o where o.id = :id")
	Optional<PurchaseOrder> findForStep(long id);

	List<PurchaseOrder> findByParticipantIdOrderById(long participantId);

}
