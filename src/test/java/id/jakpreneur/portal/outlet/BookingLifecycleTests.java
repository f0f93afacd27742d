package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.Eligibility;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OfferExpiry;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.RevenueShare;
import id.jakpreneur.portal.outlet.domain.SalesReports;
import id.jakpreneur.portal.outlet.query.CallBoard;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.outlet.query.OpenCall;
import id.jakpreneur.portal.outlet.query.RankedApplicant;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applications to the end of a booking on the real database: the waiting list moves up when a place is declined,
 * cancelled or not confirmed in time; sales after the period give the money due and complete P5 once; eligibility
 * and rotation are checked again when applying.
 */
@PortalWebTest
class BookingLifecycleTests {

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Bookings bookings;

	@Autowired
	SalesReports sales;

	@Autowired
	OfferExpiry expiry;

	@Autowired
	CallQueries queries;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	private OutletFixtures fixtures() {
		return new OutletFixtures(outlets, curation, registration, records, accounts);
	}

	@Test
	void aReleasedPlaceGoesToTheBestRankedApplicantStillWaiting() {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(1, 2);
		long callId = f.call(outlet);
		OutletFixtures.Curated c = f.curated("Antre C", Grade.C);
		OutletFixtures.Curated a = f.curated("Antre A", Grade.A);
		OutletFixtures.Curated b = f.curated("Antre B", Grade.B);
		long appC = bookings.apply(c.user(), callId, c.productId());
		long appA = bookings.apply(a.user(), callId, a.productId());
		long appB = bookings.apply(b.user(), callId, b.productId());
		CallBoard board = queries.board(f.officer(), callId);
		assertThat(board.waiting().stream().map(RankedApplicant::applicationId)).containsExactly(appA, appB, appC);

		bookings.allocate(f.officer(), callId, appA, outlet.places().get(0));
		assertThat(queries.board(f.officer(), callId).freePlaces()).isEmpty();
		bookings.decline(a.user(), appA);
		assertThat(status(appA)).isEqualTo("DECLINED");
		assertThat(status(appB)).isEqualTo("OFFERED");
		assertThat(placeOf(appB)).isEqualTo(outlet.places().get(0));
		assertThat(status(appC)).isEqualTo("APPLIED");

		bookings.cancel(f.officer(), callId, appB);
		assertThat(status(appB)).isEqualTo("CANCELLED");
		assertThat(status(appC)).isEqualTo("OFFERED");
	}

	@Test
	void anOfferNotConfirmedByItsDeadlineExpiresAndMovesTheWaitingListUp() {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(1, 2);
		long callId = f.call(outlet);
		OutletFixtures.Curated first = f.curated("Lambat Konfirmasi", Grade.A);
		OutletFixtures.Curated second = f.curated("Berikutnya", Grade.B);
		long late = bookings.apply(first.user(), callId, first.productId());
		long next = bookings.apply(second.user(), callId, second.productId());
		bookings.allocate(f.officer(), callId, late, outlet.places().get(0));
		jdbc.update("update outlet_application set confirm_by = now() - interval '1 minute' where id = ?", late);

		expiry.expireDue();

		assertThat(status(late)).isEqualTo("EXPIRED");
		assertThat(status(next)).isEqualTo("OFFERED");
		assertThatThrownBy(() -> bookings.confirm(first.user(), late)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.booking.notOffered");
	}

	@Test
	void confirmingAfterTheDeadlineIsRefusedAndTheOfferStaysExpired() {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(1, 2);
		long callId = f.call(outlet);
		OutletFixtures.Curated first = f.curated("Terlambat", Grade.A);
		OutletFixtures.Curated second = f.curated("Pengganti", Grade.C);
		long late = bookings.apply(first.user(), callId, first.productId());
		long next = bookings.apply(second.user(), callId, second.productId());
		bookings.allocate(f.officer(), callId, late, outlet.places().get(0));
		jdbc.update("update outlet_application set confirm_by = now() - interval '1 second' where id = ?", late);

		assertThatThrownBy(() -> bookings.confirm(first.user(), late)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.booking.deadlinePassed");
		assertThat(status(late)).isEqualTo("EXPIRED");
		assertThat(status(next)).isEqualTo("OFFERED");
		bookings.confirm(second.user(), next);
		assertThat(status(next)).isEqualTo("CONFIRMED");
	}

	@Test
	void confirmedSalesAfterThePeriodGiveTheFeeAndShareDueAndCompleteP5Once() {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(2, 3);
		long callId = f.call(outlet);
		OutletFixtures.Curated seller = f.curated("Penjual Pertama", Grade.A);
		long booking = bookings.apply(seller.user(), callId, seller.productId());
		bookings.allocate(f.officer(), callId, booking, outlet.places().get(0));
		bookings.confirm(seller.user(), booking);
		assertThatThrownBy(() -> sales.report(seller.user(), booking, 10, 150_000, null))
			.hasMessage("outlet.sales.tooEarly");
		moveCallToThePast(callId, 10);

		sales.report(seller.user(), booking, 163, 2_450_005, null);
		assertThat(p5Completions(seller.participantId())).isZero();
		RevenueShare.Due due = sales.confirm(f.officer(), booking);
		assertThat(due.fee()).isEqualTo(100_000);
		assertThat(due.share()).isEqualTo(490_001);
		assertThat(jdbc.queryForMap("select status, units_sold, sales, fee_due, share_due from outlet_application where id = ?",
				booking)).containsEntry("status", "REPORTED").containsEntry("units_sold", 163)
			.containsEntry("sales", 2_450_005L).containsEntry("fee_due", 100_000L).containsEntry("share_due", 490_001L);
		assertThat(p5Completions(seller.participantId())).isEqualTo(1);
		assertThat(queries.monthlySales(seller.participantId())).singleElement()
			.satisfies(m -> assertThat(m.sales()).isEqualTo(2_450_005L));
		assertThatThrownBy(() -> sales.report(seller.user(), booking, 1, 1, null))
			.hasMessage("outlet.sales.notReturned");

		// a second outlet sale does not complete P5 again
		long secondCall = f.call(outlet);
		long again = bookings.apply(seller.user(), secondCall, seller.productId());
		bookings.allocate(f.officer(), secondCall, again, outlet.places().get(1));
		bookings.confirm(seller.user(), again);
		moveCallToThePast(secondCall, 3);
		sales.report(seller.user(), again, 5, 50_000, null);
		sales.confirm(f.officer(), again);
		assertThat(p5Completions(seller.participantId())).isEqualTo(1);
	}

	@Test
	void applyingChecksEligibilityAgainAndSaysWhatIsMissing() {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(1, OutletFixtures.foodRules());
		long callId = f.call(outlet);
		OutletFixtures.Curated siti = f.curated("Belum Halal", Grade.A);
		assertThatThrownBy(() -> bookings.apply(siti.user(), callId, siti.productId()))
			.hasMessage("outlet.apply.notEligible");
		OpenCall call = queries.openCalls(records.ofAccount(siti.user().accountId()).orElseThrow(),
				PageRequest.of(0, 1000)).getContent().stream().filter(c -> c.call().id() == callId).findFirst().orElseThrow();
		assertThat(call.eligibility().refusals()).extracting(Eligibility.Refusal::messageKey)
			.containsExactlyInAnyOrder("outlet.reason.LICENCE.HALAL", "outlet.reason.LICENCE.SPP_IRT");
		assertThat(call.products()).isEmpty();
	}

	@Test
	void rotationStopsAParticipantFromHoldingThePlaceTooManyPeriodsInARow() {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(1, new OutletRules(EnumSet.of(Sector.KULINER), null,
				Set.of(LicenceType.NIB), null, 0, BigDecimal.ZERO, 1));
		long firstCall = f.call(outlet);
		OutletFixtures.Curated regular = f.curated("Langganan Tetap", Grade.A);
		// NIB on the product is not enough (a product has no NIB field): the profile has none either
		assertThatThrownBy(() -> bookings.apply(regular.user(), firstCall, regular.productId()))
			.hasMessage("outlet.apply.notEligible");
		jdbc.update("update outlet set required_licences = '{}' where id = ?", outlet.id());
		long booking = bookings.apply(regular.user(), firstCall, regular.productId());
		bookings.allocate(f.officer(), firstCall, booking, outlet.places().get(0));
		bookings.confirm(regular.user(), booking);
		moveCallToThePast(firstCall, 10);

		long nextCall = f.call(outlet);
		assertThatThrownBy(() -> bookings.apply(regular.user(), nextCall, regular.productId()))
			.hasMessage("outlet.apply.notEligible");
		Eligibility.Result result = queries.eligibility(records.ofAccount(regular.user().accountId()).orElseThrow(),
				nextCall);
		assertThat(result.refusals()).extracting(Eligibility.Refusal::messageKey)
			.containsExactly("outlet.reason.ROTATION");
	}

	private void moveCallToThePast(long callId, int daysAgo) {
		OutletFixtures.endCall(jdbc, callId, daysAgo);
	}

	private String status(long applicationId) {
		return jdbc.queryForObject("select status from outlet_application where id = ?", String.class, applicationId);
	}

	private Long placeOf(long applicationId) {
		return jdbc.queryForObject("select place_id from outlet_application where id = ?", Long.class, applicationId);
	}

	private int p5Completions(long participantId) {
		return jdbc.queryForObject(
				"select count(*) from participant_step_completion where participant_id = ? and step = 'P5'",
				Integer.class, participantId);
	}

}
