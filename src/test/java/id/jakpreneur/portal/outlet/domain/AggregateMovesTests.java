package id.jakpreneur.portal.outlet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.Jakarta;
import org.junit.jupiter.api.Test;

/** The moves of a booking and of a product under curation, each refused by the aggregate with its message. */
class AggregateMovesTests {

	private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

	private static final LocalDate TODAY = NOW.atZone(Jakarta.ZONE).toLocalDate();

	private final Call call = new Call(1, new CallDraft(TODAY.plusDays(7), TODAY.plusDays(13), TODAY.plusDays(1), 2),
			TODAY, 1);

	@Test
	void anOfferIsMadeOnceAndConfirmedByItsDeadline() {
		Booking booking = new Booking(1, 2, 3);
		booking.offer(9, call, 5L, NOW);
		assertThat(booking.getStatus()).isEqualTo(ApplicationStatus.OFFERED);
		assertThat(booking.getPlaceId()).isEqualTo(9);
		assertThatThrownBy(() -> booking.offer(9, call, 5L, NOW)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.allocate.notWaiting");
		assertThat(booking.confirm(NOW.plus(Duration.ofDays(2)))).isTrue();
		assertThat(booking.getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThatThrownBy(() -> booking.confirm(NOW)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.booking.notOffered");
	}

	@Test
	void anOfferConfirmedLateExpiresInstead() {
		Booking booking = new Booking(1, 2, 3);
		booking.offer(9, call, null, NOW);
		assertThat(booking.expireIfDue(NOW.plus(Duration.ofDays(1)))).isFalse();
		assertThat(booking.confirm(NOW.plus(Duration.ofDays(2)).plusSeconds(1))).isFalse();
		assertThat(booking.getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
		assertThat(booking.expireIfDue(NOW.plus(Duration.ofDays(3)))).isFalse();
	}

	@Test
	void onlyAHeldPlaceIsDeclinedBeforeThePeriodOrCancelled() {
		Booking waiting = new Booking(1, 2, 3);
		assertThatThrownBy(() -> waiting.cancel(NOW)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.booking.notCancellable");
		assertThatThrownBy(() -> waiting.decline(call, TODAY, NOW)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.booking.notDeclinable");
		Booking offered = new Booking(1, 2, 3);
		offered.offer(9, call, null, NOW);
		assertThatThrownBy(() -> offered.decline(call, TODAY.plusDays(7), NOW))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.booking.notDeclinable");
		offered.decline(call, TODAY.plusDays(6), NOW);
		assertThat(offered.getStatus()).isEqualTo(ApplicationStatus.DECLINED);
		assertThatThrownBy(() -> offered.cancel(NOW)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.booking.notCancellable");
	}

	@Test
	void salesAreReportedForAConfirmedBookingFromThePeriodsLastDayThenConfirmedOrReturned() {
		Booking booking = new Booking(1, 2, 3);
		assertThatThrownBy(() -> booking.report(call, 1, 1000, TODAY.plusDays(13), NOW))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.sales.notConfirmed");
		booking.offer(9, call, null, NOW);
		booking.confirm(NOW);
		assertThatThrownBy(() -> booking.confirmSales(7, new RevenueShare.Due(1000, 200), NOW))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.salesReview.notSubmitted");
		assertThatThrownBy(() -> booking.report(call, 1, 1000, TODAY.plusDays(12), NOW))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.sales.tooEarly");
		booking.report(call, 1, 1000, TODAY.plusDays(13), NOW);
		assertThat(booking.getStatus()).isEqualTo(ApplicationStatus.REPORTED);
		assertThat(booking.getSalesStatus()).isEqualTo(SalesStatus.SUBMITTED);
		// a submitted report is not sent again until returned
		assertThatThrownBy(() -> booking.report(call, 1, 1000, TODAY.plusDays(13), NOW))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.sales.notReturned");
		assertThatThrownBy(() -> booking.returnSales(7, "too short", NOW)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.salesReview.reason.size");
		booking.returnSales(7, "Nota kasir tidak cocok", NOW);
		assertThat(booking.getSalesStatus()).isEqualTo(SalesStatus.RETURNED);
		assertThatThrownBy(() -> booking.confirmSales(7, new RevenueShare.Due(1000, 200), NOW))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.salesReview.notSubmitted");
		booking.report(call, 2, 900, TODAY.plusDays(20), NOW);
		booking.confirmSales(7, new RevenueShare.Due(1000, 180), NOW);
		assertThat(booking.getSalesStatus()).isEqualTo(SalesStatus.CONFIRMED);
		// confirmed is final: neither corrected nor reviewed again
		assertThatThrownBy(() -> booking.report(call, 1, 1, TODAY.plusDays(20), NOW))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.sales.notReturned");
		assertThatThrownBy(() -> booking.returnSales(7, "Nota kasir tidak cocok", NOW))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.salesReview.notSubmitted");
	}

	@Test
	void curationStepsFollowEachOtherAndAReturnNeedsANote() {
		Product product = new Product(1, new ProductDraft("Kue", Sector.KULINER, 5000, "Kotak", null, " ", null), NOW);
		assertThatThrownBy(() -> product.decide(CurationStatus.VERIFIED, CurationStatus.VALIDATED, true, null))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.curation.wrongStep");
		assertThatThrownBy(() -> product.decide(CurationStatus.SUBMITTED, CurationStatus.VERIFIED, false, null))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.curation.noteRequired");
		assertThat(product.decide(CurationStatus.SUBMITTED, CurationStatus.VERIFIED, true, null))
			.isEqualTo(CurationStatus.VERIFIED);
		assertThatThrownBy(() -> product.grade(Grade.A, "Bagus", NOW)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.curation.wrongStep");
		assertThat(product.decide(CurationStatus.VERIFIED, CurationStatus.VALIDATED, true, null))
			.isEqualTo(CurationStatus.VALIDATED);
		product.grade(Grade.B, "Cukup", NOW);
		assertThat(product.getStatus()).isEqualTo(CurationStatus.GRADED);
	}

	@Test
	void aGradedBOrCProductIsSentAgainOnlyOnceDueAndOnlyByTheParticipant() {
		Product product = new Product(1, new ProductDraft("Kue", Sector.KULINER, 5000, "Kotak", null, null, null), NOW);
		product.decide(CurationStatus.SUBMITTED, CurationStatus.VERIFIED, true, null);
		product.decide(CurationStatus.VERIFIED, CurationStatus.VALIDATED, true, null);
		product.grade(Grade.C, "Perbaiki kemasan", NOW);
		ProductDraft again = new ProductDraft("Kue", Sector.KULINER, 5000, "Kotak baru", null, null, null);
		assertThatThrownBy(() -> product.resubmit(again, true, NOW.plus(Duration.ofDays(89)), 90))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.product.recurationNotYet");
		assertThatThrownBy(() -> product.resubmit(again, false, NOW.plus(Duration.ofDays(90)), 90))
			.isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.product.recurationNotYet");
		product.resubmit(again, true, NOW.plus(Duration.ofDays(90)), 90);
		assertThat(product.getStatus()).isEqualTo(CurationStatus.SUBMITTED);
		assertThatThrownBy(() -> product.resubmit(again, true, NOW, 90)).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.product.recurationNotYet");
	}

}
