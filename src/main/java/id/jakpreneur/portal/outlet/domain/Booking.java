package id.jakpreneur.portal.outlet.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

/**
 * An application for a call and the booking of a place it becomes ({@code outlet_application}). Every move is
 * checked here against {@link ApplicationStatus#canMoveTo}, in one place; the database's exclusion constraint
 * ({@code outlet_application_no_overlap}) keeps a place from holding two bookings for overlapping dates. Its sales
 * report moves by {@link SalesStatus#canMoveTo} too, and {@code outlet_application_sales_review_ck} repeats those facts.
 */
@Entity
@Table(name = "outlet_application")
class Booking {

	/** A return's reason: at least this many characters (also a CHECK). */
	static final int REASON_MIN = 10;

	static final int REASON_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long callId;

	private long participantId;

	private long productId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status = ApplicationStatus.APPLIED;

	/** Set by the database when the row is written, so the waiting list keeps the order of arrival. */
	@Column(insertable = false, updatable = false)
	private Instant appliedAt;

	private Long placeId;

	/** The booked days as a PostgreSQL {@code daterange} (text form, such as {@code [2026-01-05,2026-01-12)}). */
	@Column(columnDefinition = "daterange")
	@ColumnTransformer(read = "period::text", write = "?::daterange")
	private String period;

	private Long allocatedBy;

	private Instant offeredAt;

	private Instant confirmBy;

	private Instant confirmedAt;

	private Instant releasedAt;

	private Integer unitsSold;

	private Long sales;

	private Long feeDue;

	private Long shareDue;

	private Instant reportedAt;

	@Enumerated(EnumType.STRING)
	private SalesStatus salesStatus;

	private Long salesReviewedBy;

	private Instant salesReviewedAt;

	private String salesReturnReason;

	@Version
	private long version;

	protected Booking() {
	}

	Booking(long callId, long participantId, long productId) {
		this.callId = callId;
		this.participantId = participantId;
		this.productId = productId;
	}

	/**
	 * Gives a waiting applicant a place for the call's period, to confirm within the call's days.
	 * @throws OutletRefusedException when the application is no longer waiting
	 */
	void offer(long placeId, Call call, Long allocatedBy, Instant now) {
		moveTo(ApplicationStatus.OFFERED, "outlet.allocate.notWaiting");
		this.placeId = placeId;
		this.period = "[" + call.getStartsOn() + "," + call.getEndsOn() + "]";
		this.allocatedBy = allocatedBy;
		this.offeredAt = now;
		this.confirmBy = now.plus(Duration.ofDays(call.getConfirmDays()));
	}

	/**
	 * Confirms an open offer; returns false when its deadline has passed, in which case the offer expired instead.
	 * @throws OutletRefusedException when it is not an open offer
	 */
	boolean confirm(Instant now) {
		refuseUnless(ApplicationStatus.CONFIRMED, "outlet.booking.notOffered");
		if (now.isAfter(confirmBy)) {
			release(ApplicationStatus.EXPIRED, now, "outlet.booking.notOffered");
			return false;
		}
		moveTo(ApplicationStatus.CONFIRMED, "outlet.booking.notOffered");
		this.confirmedAt = now;
		return true;
	}

	/** Expires an offer past its deadline; returns whether it did. */
	boolean expireIfDue(Instant now) {
		if (status != ApplicationStatus.OFFERED || !now.isAfter(confirmBy)) {
			return false;
		}
		release(ApplicationStatus.EXPIRED, now, "outlet.booking.notOffered");
		return true;
	}

	/**
	 * The participant declines an offer, or gives up a confirmed place before the period starts.
	 * @throws OutletRefusedException otherwise
	 */
	void decline(Call call, LocalDate today, Instant now) {
		refuseUnless(ApplicationStatus.DECLINED, "outlet.booking.notDeclinable");
		if (!today.isBefore(call.getStartsOn())) {
			throw new OutletRefusedException("outlet.booking.notDeclinable");
		}
		release(ApplicationStatus.DECLINED, now, "outlet.booking.notDeclinable");
	}

	/** @throws OutletRefusedException when it is neither an offer nor a confirmed booking */
	void cancel(Instant now) {
		release(ApplicationStatus.CANCELLED, now, "outlet.booking.notCancellable");
	}

	/**
	 * Records the period's units and sales, from the period's last day on, for an officer to confirm; a returned
	 * report is corrected the same way. Nothing is due until the figures are confirmed.
	 * @throws OutletRefusedException when the booking is not confirmed (or its report not returned), or the period
	 *         has not ended yet
	 */
	void report(Call call, int unitsSold, long sales, LocalDate today, Instant now) {
		if (status == ApplicationStatus.REPORTED) {
			if (salesStatus == null || !salesStatus.canMoveTo(SalesStatus.SUBMITTED)) {
				throw new OutletRefusedException("outlet.sales.notReturned");
			}
		}
		else {
			refuseUnless(ApplicationStatus.REPORTED, "outlet.sales.notConfirmed");
			if (today.isBefore(call.getEndsOn())) {
				throw new OutletRefusedException("outlet.sales.tooEarly");
			}
			moveTo(ApplicationStatus.REPORTED, "outlet.sales.notConfirmed");
		}
		this.unitsSold = unitsSold;
		this.sales = sales;
		this.reportedAt = now;
		this.salesStatus = SalesStatus.SUBMITTED;
		this.salesReviewedBy = null;
		this.salesReviewedAt = null;
		this.salesReturnReason = null;
	}

	/**
	 * An officer confirms the reported figures; what is due is computed from them, now and only now.
	 * @throws OutletRefusedException when no report waits for confirmation
	 */
	void confirmSales(long officerId, RevenueShare.Due due, Instant now) {
		review(SalesStatus.CONFIRMED, officerId, now);
		this.feeDue = due.fee();
		this.shareDue = due.share();
	}

	/**
	 * An officer returns the report to the participant with the reason she reads before correcting it.
	 * @throws OutletRefusedException when no report waits for confirmation, or the reason is not 10 to 500 characters
	 */
	void returnSales(long officerId, String reason, Instant now) {
		String text = reason == null ? "" : reason.strip();
		if (text.length() < REASON_MIN || text.length() > REASON_MAX) {
			throw new OutletRefusedException("outlet.salesReview.reason.size");
		}
		review(SalesStatus.RETURNED, officerId, now);
		this.salesReturnReason = text;
	}

	private void review(SalesStatus target, long officerId, Instant now) {
		if (status != ApplicationStatus.REPORTED || salesStatus == null || !salesStatus.canMoveTo(target)) {
			throw new OutletRefusedException("outlet.salesReview.notSubmitted");
		}
		this.salesStatus = target;
		this.salesReviewedBy = officerId;
		this.salesReviewedAt = now;
	}

	private void release(ApplicationStatus target, Instant now, String refusal) {
		moveTo(target, refusal);
		this.releasedAt = now;
	}

	private void refuseUnless(ApplicationStatus target, String refusal) {
		if (!status.canMoveTo(target)) {
			throw new OutletRefusedException(refusal);
		}
	}

	private void moveTo(ApplicationStatus target, String refusal) {
		refuseUnless(target, refusal);
		this.status = target;
	}

	Long getId() {
		return id;
	}

	long getCallId() {
		return callId;
	}

	long getParticipantId() {
		return participantId;
	}

	ApplicationStatus getStatus() {
		return status;
	}

	Long getPlaceId() {
		return placeId;
	}

	SalesStatus getSalesStatus() {
		return salesStatus;
	}

	long getSales() {
		return sales == null ? 0 : sales;
	}

	Integer getUnitsSold() {
		return unitsSold;
	}

	Instant getReportedAt() {
		return reportedAt;
	}

}
