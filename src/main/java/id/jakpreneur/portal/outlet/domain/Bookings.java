package id.jakpreneur.portal.outlet.domain;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.outlet.query.OutletDetails;
import id.jakpreneur.portal.outlet.query.RankedApplicant;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and bookings. The participant applies with a curated product; an officer allocates a place, which
 * becomes an offer to confirm by a deadline; a declined, expired or cancelled booking releases the place to the best
 * ranked applicant still waiting. The database's exclusion constraint ({@code outlet_application_no_overlap}) is
 * what makes a double booking impossible: a losing concurrent allocation is turned into {@link PlaceTakenException}.
 * After the period the participant reports units and sales; the fee and the revenue share due are computed, and
 * the first sale through any outlet completes P5 ({@link StepCompleted}), exactly once.
 */
@Service
@Transactional
public class Bookings {

	/** PostgreSQL's exclusion_violation. */
	static final String EXCLUSION_VIOLATION = "23P01";

	private static final String LOAD = """
			select a.id, a.call_id, a.participant_id, a.status, a.place_id, a.confirm_by, c.starts_on, c.ends_on,
			       c.apply_until, c.confirm_days, c.outlet_id, p.account_id
			from outlet_application a join outlet_call c on c.id = a.call_id join participant p on p.id = a.participant_id
			where a.id = ? for update of a
			""";

	private final JdbcTemplate jdbc;

	private final ParticipantRecords participants;

	private final CallQueries queries;

	private final OutletManagement outlets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Bookings(JdbcTemplate jdbc, ParticipantRecords participants, CallQueries queries, OutletManagement outlets,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.participants = participants;
		this.queries = queries;
		this.outlets = outlets;
		this.events = events;
	}

	/**
	 * The participant applies for a call with one of their curated products; returns the application's id.
	 * @throws OutletRefusedException when the call is closed, they already applied, or they do not qualify
	 */
	public long apply(PortalUser user, long callId, long productId) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		LocalDate applyUntil = jdbc.queryForList("select apply_until from outlet_call where id = ?", LocalDate.class,
				callId).stream().findFirst().orElseThrow(NotFoundException::new);
		if (applyUntil.isBefore(LocalDate.now(clock))) {
			throw new OutletRefusedException("outlet.apply.closed");
		}
		Eligibility.Result eligibility = queries.eligibility(me, callId);
		if (!eligibility.eligible()) {
			throw new OutletRefusedException("outlet.apply.notEligible");
		}
		if (!eligibility.productIds().contains(productId)) {
			throw new OutletRefusedException("outlet.apply.productNotFitting");
		}
		try {
			return jdbc.queryForObject("""
					insert into outlet_application (call_id, participant_id, product_id, status)
					values (?, ?, ?, 'APPLIED') returning id
					""", Long.class, callId, me.id(), productId);
		}
		catch (DuplicateKeyException ex) {
			throw new OutletRefusedException("outlet.apply.already");
		}
	}

	/**
	 * An officer of the outlet's area gives a waiting applicant a place for the call's period; the applicant then
	 * has the call's confirmation days to confirm.
	 * @throws PlaceTakenException when the place holds another booking for overlapping dates
	 * @throws OutletRefusedException when the application is no longer waiting
	 */
	public void allocate(PortalUser officer, long callId, long applicationId, long placeId) {
		Loaded a = load(applicationId);
		outlets.load(officer, a.outletId());
		if (a.callId() != callId) {
			throw new NotFoundException();
		}
		if (!a.status().equals(ApplicationStatus.APPLIED.name())) {
			throw new OutletRefusedException("outlet.allocate.notWaiting");
		}
		Integer ofOutlet = jdbc.queryForObject("select count(*) from outlet_place where id = ? and outlet_id = ?",
				Integer.class, placeId, a.outletId());
		if (ofOutlet == null || ofOutlet == 0) {
			throw new NotFoundException();
		}
		offer(a, placeId, officer.accountId());
	}

	/** An officer cancels a booking of their area; the place goes to the next on the waiting list. */
	public void cancel(PortalUser officer, long callId, long applicationId) {
		Loaded a = load(applicationId);
		outlets.load(officer, a.outletId());
		if (a.callId() != callId) {
			throw new NotFoundException();
		}
		if (!a.status().equals(ApplicationStatus.OFFERED.name()) && !a.status().equals(ApplicationStatus.CONFIRMED.name())) {
			throw new OutletRefusedException("outlet.booking.notCancellable");
		}
		release(a, ApplicationStatus.CANCELLED);
	}

	/**
	 * Confirms an offer. Past its deadline the offer expires on the spot (and stays expired: the refusal does not
	 * roll that back) and the place goes to the next applicant.
	 * @throws OutletRefusedException when the offer's deadline has passed or it is not an open offer
	 */
	@Transactional(noRollbackFor = OutletRefusedException.class)
	public void confirm(PortalUser user, long applicationId) {
		Loaded a = own(user, applicationId);
		if (!a.status().equals(ApplicationStatus.OFFERED.name())) {
			throw new OutletRefusedException("outlet.booking.notOffered");
		}
		if (clock.instant().isAfter(a.confirmBy())) {
			expire(a);
			throw new OutletRefusedException("outlet.booking.deadlinePassed");
		}
		jdbc.update("update outlet_application set status = 'CONFIRMED', confirmed_at = now(), version = version + 1 "
				+ "where id = ?", applicationId);
	}

	/** The participant declines an offer, or gives up a confirmed place before the period starts. */
	public void decline(PortalUser user, long applicationId) {
		Loaded a = own(user, applicationId);
		boolean holding = a.status().equals(ApplicationStatus.OFFERED.name())
				|| a.status().equals(ApplicationStatus.CONFIRMED.name());
		if (!holding || !LocalDate.now(clock).isBefore(a.startsOn())) {
			throw new OutletRefusedException("outlet.booking.notDeclinable");
		}
		release(a, ApplicationStatus.DECLINED);
	}

	/**
	 * After the period (from its last day) the participant reports units sold and sales; returns what is due.
	 * The first sale reported through any outlet completes P5.
	 */
	public RevenueShare.Due reportSales(PortalUser user, long applicationId, int unitsSold, long sales) {
		Loaded a = own(user, applicationId);
		if (!a.status().equals(ApplicationStatus.CONFIRMED.name())) {
			throw new OutletRefusedException("outlet.sales.notConfirmed");
		}
		if (LocalDate.now(clock).isBefore(a.endsOn())) {
			throw new OutletRefusedException("outlet.sales.tooEarly");
		}
		record Terms(String outlet, long fee, java.math.BigDecimal percent) {
		}
		Terms terms = jdbc.queryForObject("select name, fee_per_period, revenue_share_percent from outlet where id = ?",
				(rs, n) -> new Terms(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)), a.outletId());
		RevenueShare.Due due = RevenueShare.due(sales, terms.percent(), terms.fee());
		jdbc.update("""
				update outlet_application set status = 'REPORTED', units_sold = ?, sales = ?, fee_due = ?, share_due = ?,
				  reported_at = now(), version = version + 1 where id = ?
				""", unitsSold, sales, due.fee(), due.share(), applicationId);
		if (sales > 0) {
			List<Instant> completed = jdbc.query("""
					insert into outlet_p5_completion (participant_id, application_id) values (?, ?)
					on conflict do nothing returning completed_at
					""", (rs, n) -> rs.getTimestamp(1).toInstant(), a.participantId(), applicationId);
			if (!completed.isEmpty()) {
				events.publishEvent(new StepCompleted(a.participantId(), StepCode.P5,
						"Penjualan pertama lewat gerai DKI: " + terms.outlet() + " (" + a.startsOn() + " s.d. "
								+ a.endsOn() + ")",
						completed.get(0)));
			}
		}
		return due;
	}

	/**
	 * Expires one offer whose deadline has passed and passes its place on; returns whether it did. Each offer is
	 * expired in its own transaction by {@link OfferExpiry}.
	 */
	public boolean expireIfDue(long applicationId) {
		Loaded a = load(applicationId);
		if (!a.status().equals(ApplicationStatus.OFFERED.name()) || !clock.instant().isAfter(a.confirmBy())) {
			return false;
		}
		expire(a);
		return true;
	}

	private void expire(Loaded a) {
		release(a, ApplicationStatus.EXPIRED);
	}

	/** Frees the place and offers it to the best-ranked applicant still waiting for the same call, if any. */
	private void release(Loaded a, ApplicationStatus status) {
		jdbc.update("update outlet_application set status = ?, released_at = now(), version = version + 1 where id = ?",
				status.name(), a.id());
		// one release at a time per call, so two releases never pick the same next applicant
		jdbc.queryForList("select id from outlet_call where id = ? for update", Long.class, a.callId());
		OutletDetails outlet = outlets.find(a.outletId());
		List<RankedApplicant> waiting = queries.ranked(a.callId(), outlet);
		if (waiting.isEmpty()) {
			return;
		}
		Loaded next = load(waiting.get(0).applicationId());
		if (next.status().equals(ApplicationStatus.APPLIED.name())) {
			offer(next, a.placeId(), null);
		}
	}

	private void offer(Loaded a, long placeId, Long allocatedBy) {
		Instant deadline = clock.instant().plus(Duration.ofDays(a.confirmDays()));
		try {
			jdbc.update("""
					update outlet_application set status = 'OFFERED', place_id = ?,
					  period = daterange(?, ?, '[]'), allocated_by = ?, offered_at = now(), confirm_by = ?,
					  version = version + 1
					where id = ?
					""", placeId, a.startsOn(), a.endsOn(), allocatedBy, java.sql.Timestamp.from(deadline), a.id());
		}
		catch (DataIntegrityViolationException ex) {
			if (isExclusionViolation(ex)) {
				throw new PlaceTakenException();
			}
			throw ex;
		}
	}

	public static boolean isExclusionViolation(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private Loaded own(PortalUser user, long applicationId) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		Loaded a = load(applicationId);
		if (a.participantId() != me.id()) {
			throw new NotFoundException();
		}
		return a;
	}

	/** The application with its call, locked until the transaction ends. */
	private Loaded load(long applicationId) {
		return jdbc.query(LOAD, (rs, n) -> {
			long place = rs.getLong(5);
			Long placeId = rs.wasNull() ? null : place;
			return new Loaded(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), placeId,
					CallQueries.instant(rs, 6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
					rs.getInt(10), rs.getLong(11));
		}, applicationId).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	private record Loaded(long id, long callId, long participantId, String status, Long placeId, Instant confirmBy,
			LocalDate startsOn, LocalDate endsOn, int confirmDays, long outletId) {
	}

}
