package id.jakpreneur.portal.outlet.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A call for one period of an outlet: its dates, the last day to apply, and days to confirm an offered place. */
@Entity
@Table(name = "outlet_call")
class Call {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long outletId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private LocalDate applyUntil;

	private int confirmDays;

	private long createdBy;

	protected Call() {
	}

	/**
	 * A new call, its dates checked against each other and today.
	 * @throws OutletRefusedException when the dates are inconsistent
	 */
	Call(long outletId, CallDraft draft, LocalDate today, long createdBy) {
		if (draft.endsOn().isBefore(draft.startsOn())) {
			throw new OutletRefusedException("outlet.call.endsBeforeStart");
		}
		if (draft.endsOn().toEpochDay() - draft.startsOn().toEpochDay() >= 366) {
			throw new OutletRefusedException("outlet.call.tooLong");
		}
		if (draft.applyUntil().isAfter(draft.startsOn())) {
			throw new OutletRefusedException("outlet.call.applyAfterStart");
		}
		if (draft.applyUntil().isBefore(today)) {
			throw new OutletRefusedException("outlet.call.applyPast");
		}
		this.outletId = outletId;
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.applyUntil = draft.applyUntil();
		this.confirmDays = draft.confirmDays();
		this.createdBy = createdBy;
	}

	/** @throws OutletRefusedException when applications closed before today */
	void requireOpen(LocalDate today) {
		if (applyUntil.isBefore(today)) {
			throw new OutletRefusedException("outlet.apply.closed");
		}
	}

	Long getId() {
		return id;
	}

	long getOutletId() {
		return outletId;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	int getConfirmDays() {
		return confirmDays;
	}

}
