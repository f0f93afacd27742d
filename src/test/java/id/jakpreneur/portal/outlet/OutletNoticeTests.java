package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.outbox.MessageTexts;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.CallDraft;
import id.jakpreneur.portal.outlet.domain.CallNotices;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OfferReminders;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the outlet module tells participants: their product's grade, a place offered to them with its deadline, a
 * reminder a day before that deadline (once, whenever the job runs), and a new call that fits their products
 * (announced once by its job); each to the participant concerned only, in their language.
 */
@PortalWebTest
class OutletNoticeTests {

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Bookings bookings;

	@Autowired
	OfferReminders reminders;

	@Autowired
	CallNotices callNotices;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageTexts texts;

	private SentNotices sent() {
		return new SentNotices(jdbc);
	}

	private OutletFixtures fixtures() {
		return new OutletFixtures(outlets, curation, registration, records, accounts);
	}

	@Test
	void aGradeIsToldToTheProductsOwner() {
		OutletFixtures.Curated graded = fixtures().curated("Nilai Kurasi", Grade.B);
		OutletFixtures.Curated other = fixtures().curated("Produk Lain", Grade.A);
		SentNotices sent = sent();
		assertThat(sent.one(graded.user().accountId(), "PRODUCT_GRADED", "/me/outlets/products/" + graded.productId(),
				"id", graded.email()).args()).containsExactly("Produk Nilai Kurasi", "B");
		assertThat(sent.bell(other.user().accountId(), "PRODUCT_GRADED")).singleElement()
			.extracting(SentNotices.Bell::link)
			.isEqualTo("/me/outlets/products/" + other.productId());
	}

	@Test
	void anOfferedPlaceIsToldAtOnceAndRemindedOnceADayBeforeItsDeadline() {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(1, 2);
		LocalDate start = OutletFixtures.today().plusDays(7);
		long callId = outlets.openCall(f.officer(), outlet.id(),
				new CallDraft(start, start.plusDays(6), OutletFixtures.today().plusDays(1), 3));
		OutletFixtures.Curated first = f.curated("Tawaran Pertama", Grade.A);
		OutletFixtures.Curated second = f.curated("Tawaran Kedua", Grade.B);
		long firstApp = bookings.apply(first.user(), callId, first.productId());
		long secondApp = bookings.apply(second.user(), callId, second.productId());
		SentNotices sent = sent();
		sent.english(first.user().accountId());
		bookings.allocate(f.officer(), callId, firstApp, outlet.places().get(0));

		Instant deadline = jdbc.queryForObject("select confirm_by from outlet_application where id = ?",
				java.sql.Timestamp.class, firstApp).toInstant();
		String name = jdbc.queryForObject("select name from outlet where id = ?", String.class, outlet.id());
		SentNotices.Bell offer = sent.one(first.user().accountId(), "PLACE_OFFERED", "/me/outlets", "en", first.email());
		assertThat(offer.args()).hasSize(4).startsWith(name).endsWith("P1");
		assertThat(texts.notice(NoticeKind.PLACE_OFFERED, offer.args(), Locale.ENGLISH))
			.isEqualTo("You are offered place P1 at " + name + " for " + offer.args().get(1) + ". Confirm by "
					+ NoticeDates.time(deadline) + ".");
		assertThat(sent.count(second.user().accountId(), "PLACE_OFFERED")).isZero();

		Instant offered = deadline.minus(Duration.ofDays(3));
		reminders.remind(offered.plus(Duration.ofHours(1)));
		assertThat(sent.count(first.user().accountId(), "PLACE_OFFER_EXPIRING")).isZero();
		reminders.remind(offered.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
		reminders.remind(offered.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)));
		reminders.remind(deadline.plus(Duration.ofMinutes(1)));
		assertThat(sent.one(first.user().accountId(), "PLACE_OFFER_EXPIRING", "/me/outlets", "en", first.email())
			.args()).startsWith(name);
		assertThat(sent.count(second.user().accountId(), "PLACE_OFFER_EXPIRING")).isZero();

		// declined: the place goes to the next applicant, who is told in turn
		bookings.decline(first.user(), firstApp);
		assertThat(sent.one(second.user().accountId(), "PLACE_OFFERED", "/me/outlets", "id", second.email()).args())
			.startsWith(name);
		assertThat(jdbc.queryForObject("select status from outlet_application where id = ?", String.class, secondApp))
			.isEqualTo("OFFERED");
	}

	@Test
	void aNewCallIsAnnouncedOnceToTheParticipantsItFits() {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(2, new OutletRules(EnumSet.of(Sector.KRIYA), Grade.B, Set.of(), null,
				50_000, new BigDecimal("10"), 2));
		OutletFixtures.Curated fits = f.curated("Anyaman Rapi", Grade.A, Sector.KRIYA);
		OutletFixtures.Curated lowGrade = f.curated("Anyaman Kasar", Grade.C, Sector.KRIYA);
		OutletFixtures.Curated otherSector = f.curated("Nasi Uduk", Grade.A, Sector.KULINER);
		LocalDate start = OutletFixtures.today().plusDays(10);
		long callId = outlets.openCall(f.officer(), outlet.id(),
				new CallDraft(start, start.plusDays(6), OutletFixtures.today().plusDays(5), 3));
		SentNotices sent = sent();
		assertThat(sent.count(fits.user().accountId(), "OUTLET_CALL_FITS")).as("announced by the job, not the request")
			.isZero();

		assertThat(callNotices.announce(callId)).isPositive();
		assertThat(callNotices.announce(callId)).isZero();

		String name = jdbc.queryForObject("select name from outlet where id = ?", String.class, outlet.id());
		assertThat(sent.one(fits.user().accountId(), "OUTLET_CALL_FITS", "/me/outlets", "id", fits.email()).args())
			.hasSize(3)
			.startsWith(name);
		assertThat(sent.count(lowGrade.user().accountId(), "OUTLET_CALL_FITS")).isZero();
		assertThat(sent.count(otherSector.user().accountId(), "OUTLET_CALL_FITS")).isZero();
	}

}
