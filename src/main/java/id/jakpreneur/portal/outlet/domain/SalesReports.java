package id.jakpreneur.portal.outlet.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.DocumentRefusedException;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.outlet.SalesReportChanged;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.outlet.query.OutletQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Sales reports of outlet bookings (decisions 103 and 104). After the period the participant reports units and
 * sales; an officer whose area covers the outlet confirms them, or returns them with a reason that the participant
 * reads before correcting and submitting again. Only confirmed figures count: the fee and the revenue share due are
 * computed when they are confirmed, and the first confirmed sale (> Rp 0) through any outlet completes P5
 * ({@link StepCompleted}), exactly once. Each move is published as {@link SalesReportChanged} for the timeline, and
 * the participant is told of the officer's decision.
 */
@Service
@Transactional
public class SalesReports {

	private final BookingRepository bookings;

	private final CallRepository calls;

	private final JdbcClient jdbc;

	private final ParticipantRecords participants;

	private final OutletQueries outlets;

	private final ApplicationEventPublisher events;

	private final OutletNotices notices;

	private final Documents documents;

	private final Clock clock;

	SalesReports(BookingRepository bookings, CallRepository calls, JdbcClient jdbc, ParticipantRecords participants,
			OutletQueries outlets, ApplicationEventPublisher events, OutletNotices notices, Documents documents,
			Clock clock) {
		this.documents = documents;
		this.bookings = bookings;
		this.calls = calls;
		this.jdbc = jdbc;
		this.participants = participants;
		this.outlets = outlets;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * The participant reports (or, once returned, corrects) the units sold and sales of her booking, from the period's
	 * last day on, with an optional receipt kept as evidence for the officer; nothing is due and nothing counts until
	 * an officer confirms them.
	 * @throws OutletRefusedException when the booking is not confirmed, its report is not returned, or it is too early
	 * @throws DocumentRefusedException when the receipt is not kept (nothing is saved then)
	 */
	public void report(PortalUser user, long applicationId, int unitsSold, long sales, MultipartFile receipt) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		Booking booking = load(applicationId);
		if (booking.getParticipantId() != me.id()) {
			throw new NotFoundException();
		}
		Call call = calls.findById(booking.getCallId()).orElseThrow();
		booking.report(call, unitsSold, sales, LocalDate.now(clock), clock.instant());
		bookings.saveAndFlush(booking);
		if (receipt != null && !receipt.isEmpty()) {
			documents.attach(me.id(), DocumentPurpose.OUTLET_SALES, applicationId, receipt, user.accountId());
		}
		publish(booking, call, SalesReportChanged.Step.SUBMITTED, null, user.accountId());
	}

	/**
	 * An officer whose area covers the outlet (or an administrator) confirms the figures: the fee and the share due are
	 * computed from them, and a first confirmed sale completes P5. Returns what is due.
	 * @throws NotFoundException when the outlet is outside the officer's area
	 * @throws OutletRefusedException when no report waits for confirmation
	 */
	public RevenueShare.Due confirm(PortalUser officer, long applicationId) {
		Booking booking = load(applicationId);
		Call call = officersCall(officer, booking);
		record Terms(String name, long fee, BigDecimal percent) {
		}
		Terms terms = jdbc.sql("""
				select name, fee_per_period as fee, revenue_share_percent as percent from outlet where id = :outletId
				""").param("outletId", call.getOutletId())
			.query((rs, n) -> new Terms(rs.getString("name"), rs.getLong("fee"), rs.getBigDecimal("percent")))
			.single();
		RevenueShare.Due due = RevenueShare.due(booking.getSales(), terms.percent(), terms.fee());
		Instant now = clock.instant();
		booking.confirmSales(officer.accountId(), due, now);
		bookings.saveAndFlush(booking);
		publish(booking, call, SalesReportChanged.Step.CONFIRMED, null, officer.accountId());
		notices.salesConfirmed(applicationId);
		if (booking.getSales() > 0) {
			completeP5(booking, call, terms.name());
		}
		return due;
	}

	/**
	 * An officer whose area covers the outlet returns the report with a reason (10 to 500 characters); the participant
	 * reads it and corrects the report.
	 * @throws NotFoundException when the outlet is outside the officer's area
	 * @throws OutletRefusedException when no report waits for confirmation, or the reason is too short or too long
	 */
	public void returnToParticipant(PortalUser officer, long applicationId, String reason) {
		Booking booking = load(applicationId);
		Call call = officersCall(officer, booking);
		booking.returnSales(officer.accountId(), reason, clock.instant());
		bookings.saveAndFlush(booking);
		publish(booking, call, SalesReportChanged.Step.RETURNED, reason.strip(), officer.accountId());
		notices.salesReturned(applicationId);
	}

	/** The booking's call, when its outlet is in the officer's area; "not found" otherwise. */
	private Call officersCall(PortalUser officer, Booking booking) {
		Call call = calls.findById(booking.getCallId()).orElseThrow();
		outlets.load(officer, call.getOutletId());
		return call;
	}

	private void completeP5(Booking booking, Call call, String outletName) {
		List<Instant> completed = jdbc.sql("""
				insert into outlet_p5_completion (participant_id, application_id) values (:participantId, :applicationId)
				on conflict do nothing returning completed_at
				""")
			.param("participantId", booking.getParticipantId())
			.param("applicationId", booking.getId())
			.query((rs, n) -> CallQueries.instant(rs, "completed_at"))
			.list();
		if (!completed.isEmpty()) {
			events.publishEvent(new StepCompleted(booking.getParticipantId(), StepCode.P5,
					Evidence.of("evidence.P5.firstSale", outletName, call.getStartsOn(), call.getEndsOn()),
					completed.get(0)));
		}
	}

	private void publish(Booking booking, Call call, SalesReportChanged.Step step, String reason, long actorId) {
		String outletName = jdbc.sql("select name from outlet where id = :id")
			.param("id", call.getOutletId())
			.query(String.class)
			.single();
		events.publishEvent(new SalesReportChanged(booking.getParticipantId(), booking.getId(), step, outletName,
				call.getStartsOn(), call.getEndsOn(), booking.getUnitsSold(), booking.getSales(), reason, actorId,
				clock.instant()));
	}

	/** The application, locked until the transaction ends. */
	private Booking load(long applicationId) {
		return bookings.findForUpdate(applicationId).orElseThrow(NotFoundException::new);
	}

}
