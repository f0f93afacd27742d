package id.jakpreneur.portal.outlet.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.outlet.query.OutletDetails;
import id.jakpreneur.portal.outlet.query.OutletQueries;
import id.jakpreneur.portal.outlet.query.RankedApplicant;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and bookings. The participant applies with a curated product; an officer allocates a place, which
 * becomes an offer to confirm by a deadline; a declined, expired or cancelled booking releases the place to the best
 * ranked applicant still waiting. The {@link Booking} decides which move may follow which; the database's exclusion
 * constraint ({@code outlet_application_no_overlap}) is what makes a double booking impossible: a losing concurrent
 * allocation is turned into {@link PlaceTakenException}. After the period the participant reports units and sales
 * through {@link SalesReports}, where an officer confirms them.
 */
@Service
@Transactional
public class Bookings {

	private final BookingRepository bookings;

	private final CallRepository calls;

	private final PlaceRepository places;

	private final ParticipantRecords participants;

	private final CallQueries queries;

	private final OutletQueries outlets;

	private final OutletNotices notices;

	private final Clock clock;

	Bookings(BookingRepository bookings, CallRepository calls, PlaceRepository places,
			ParticipantRecords participants, CallQueries queries, OutletQueries outlets, OutletNotices notices,
			Clock clock) {
		this.bookings = bookings;
		this.calls = calls;
		this.places = places;
		this.participants = participants;
		this.queries = queries;
		this.outlets = outlets;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * The participant applies for a call with one of their curated products; returns the application's id.
	 * @throws OutletRefusedException when the call is closed, they already applied, or they do not qualify
	 */
	public long apply(PortalUser user, long callId, long productId) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		calls.findById(callId).orElseThrow(NotFoundException::new).requireOpen(LocalDate.now(clock));
		Eligibility.Result eligibility = queries.eligibility(me, callId);
		if (!eligibility.eligible()) {
			throw new OutletRefusedException("outlet.apply.notEligible");
		}
		if (!eligibility.productIds().contains(productId)) {
			throw new OutletRefusedException("outlet.apply.productNotFitting");
		}
		try {
			return bookings.saveAndFlush(new Booking(callId, me.id(), productId)).getId();
		}
		catch (DataIntegrityViolationException ex) {
			if (SqlStates.causedBy(ex, SqlStates.UNIQUE_VIOLATION)) {
				throw new OutletRefusedException("outlet.apply.already");
			}
			throw ex;
		}
	}

	/**
	 * An officer of the outlet's area gives a waiting applicant a place for the call's period; the applicant then
	 * has the call's confirmation days to confirm.
	 * @throws PlaceTakenException when the place holds another booking for overlapping dates
	 * @throws OutletRefusedException when the application is no longer waiting
	 */
	public void allocate(PortalUser officer, long callId, long applicationId, long placeId) {
		Booking booking = load(applicationId);
		Call call = calls.findById(booking.getCallId()).orElseThrow();
		outlets.load(officer, call.getOutletId());
		if (booking.getCallId() != callId) {
			throw new NotFoundException();
		}
		booking.offer(placeId, call, officer.accountId(), clock.instant());
		if (places.findById(placeId).filter(p -> p.getOutletId() == call.getOutletId()).isEmpty()) {
			throw new NotFoundException();
		}
		save(booking);
		notices.offered(applicationId);
	}

	/** An officer cancels a booking of their area; the place goes to the next on the waiting list. */
	public void cancel(PortalUser officer, long callId, long applicationId) {
		Booking booking = load(applicationId);
		Call call = calls.findById(booking.getCallId()).orElseThrow();
		outlets.load(officer, call.getOutletId());
		if (booking.getCallId() != callId) {
			throw new NotFoundException();
		}
		booking.cancel(clock.instant());
		passOn(booking, call);
	}

	/**
	 * Confirms an offer. Past its deadline the offer expires on the spot (and stays expired: the refusal does not
	 * roll that back) and the place goes to the next applicant.
	 * @throws OutletRefusedException when the offer's deadline has passed or it is not an open offer
	 */
	@Transactional(noRollbackFor = OutletRefusedException.class)
	public void confirm(PortalUser user, long applicationId) {
		Booking booking = own(user, applicationId);
		if (!booking.confirm(clock.instant())) {
			passOn(booking, calls.findById(booking.getCallId()).orElseThrow());
			throw new OutletRefusedException("outlet.booking.deadlinePassed");
		}
		save(booking);
	}

	/** The participant declines an offer, or gives up a confirmed place before the period starts. */
	public void decline(PortalUser user, long applicationId) {
		Booking booking = own(user, applicationId);
		Call call = calls.findById(booking.getCallId()).orElseThrow();
		booking.decline(call, LocalDate.now(clock), clock.instant());
		passOn(booking, call);
	}

	/**
	 * Expires one offer whose deadline has passed and passes its place on; returns whether it did. Each offer is
	 * expired in its own transaction by {@link OfferExpiry}.
	 */
	public boolean expireIfDue(long applicationId) {
		Booking booking = load(applicationId);
		if (!booking.expireIfDue(clock.instant())) {
			return false;
		}
		passOn(booking, calls.findById(booking.getCallId()).orElseThrow());
		return true;
	}

	/**
	 * Writes the released booking, then offers its place to the best-ranked applicant still waiting for the same
	 * call, if any.
	 */
	private void passOn(Booking released, Call call) {
		save(released);
		// one release at a time per call, so two releases never pick the same next applicant
		calls.findForUpdate(call.getId());
		OutletDetails outlet = outlets.find(call.getOutletId());
		List<RankedApplicant> waiting = queries.ranked(call.getId(), outlet);
		if (waiting.isEmpty()) {
			return;
		}
		Booking next = load(waiting.get(0).applicationId());
		if (next.getStatus() == ApplicationStatus.APPLIED) {
			next.offer(released.getPlaceId(), call, null, clock.instant());
			save(next);
			notices.offered(next.getId());
		}
	}

	/** Writes the booking now, so a place taken meanwhile is the refusal it is. */
	private void save(Booking booking) {
		try {
			bookings.saveAndFlush(booking);
		}
		catch (DataIntegrityViolationException ex) {
			if (isExclusionViolation(ex)) {
				throw new PlaceTakenException();
			}
			throw ex;
		}
	}

	public static boolean isExclusionViolation(Throwable ex) {
		return SqlStates.causedBy(ex, SqlStates.EXCLUSION_VIOLATION);
	}

	private Booking own(PortalUser user, long applicationId) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		Booking booking = load(applicationId);
		if (booking.getParticipantId() != me.id()) {
			throw new NotFoundException();
		}
		return booking;
	}

	/** The application, locked until the transaction ends. */
	private Booking load(long applicationId) {
		return bookings.findForUpdate(applicationId).orElseThrow(NotFoundException::new);
	}

}
