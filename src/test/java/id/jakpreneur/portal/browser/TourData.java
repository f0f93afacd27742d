package id.jakpreneur.portal.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.breach.domain.BreachResponse;
import id.jakpreneur.portal.breach.domain.IncidentDraft;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Erasure;
import id.jakpreneur.portal.entrepreneur.domain.PrivacyChoices;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.outlet.OutletFixtures;
import id.jakpreneur.portal.outlet.PhotoFixtures;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.SalesReports;
import id.jakpreneur.portal.partner.Referrals;
import id.jakpreneur.portal.reporting.ChannelSplit;
import id.jakpreneur.portal.reporting.domain.FinancialReports;
import id.jakpreneur.portal.reporting.domain.ReportDraft;
import id.jakpreneur.portal.reporting.domain.ReportReviews;
import id.jakpreneur.portal.shared.Jakarta;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * For the accessibility tour: a seller of Gambir with something in every state the pages of issues 18 and 22 show
 * (her product in the partners' catalogue, a returned licence and a submitted one, a returned monthly report, a capital application waiting for her consent,
 * a pending deletion request, an ended outlet week with its sales and receipt waiting for the officer), and a breach
 * incident on the demo officer's account. Each page she or the officer and administrator see of it, by path.
 * Imported by the tour only (not a component: other tests' contexts stay as they are).
 */
class TourData {

	private final OutletFixtures outlets;

	private final Bookings bookings;

	private final SalesReports sales;

	private final Licences licences;

	private final FinancialReports reports;

	private final ReportReviews reviews;

	private final Referrals referrals;

	private final Erasure erasure;

	private final BreachResponse breaches;

	private final Consents consents;

	private final AccountManagement accounts;

	private final JdbcTemplate jdbc;

	TourData(OutletManagement outletManagement, ProductCuration curation, Registration registration,
			ParticipantRecords records, AccountManagement accounts, Bookings bookings, SalesReports sales,
			Licences licences, FinancialReports reports, ReportReviews reviews, Referrals referrals, Erasure erasure,
			BreachResponse breaches, Consents consents, JdbcTemplate jdbc) {
		this.outlets = new OutletFixtures(outletManagement, curation, registration, records, accounts);
		this.accounts = accounts;
		this.bookings = bookings;
		this.sales = sales;
		this.licences = licences;
		this.reports = reports;
		this.reviews = reviews;
		this.referrals = referrals;
		this.erasure = erasure;
		this.breaches = breaches;
		this.consents = consents;
		this.jdbc = jdbc;
	}

	/** The seller's login and the pages of each role that show her. */
	record Seeded(String sellerEmail, List<String> seller, List<String> officer, List<String> mentor,
			List<String> admin, List<String> partner) {
	}

	Seeded seed(String name) {
		PortalUser officer = outlets.officer();
		PortalUser admin = outlets.user("admin@demo.local");
		OutletFixtures.Curated seller = outlets.curated(name, Grade.A);
		consents.give(seller.participantId(), ConsentPurpose.CATALOGUE, null, PrivacyChoices.CATALOGUE_TEXT);
		long booking = endedWeek(seller, officer);
		sales.report(seller.user(), booking, 40, 1_200_000, file("receipt", "struk-kasir.jpg", PhotoFixtures.jpeg()));

		LocalDate today = OutletFixtures.today();
		licences.record(seller.user(), new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, "9120301234561",
				today.minusMonths(3), null), file("document", "nib.png", PhotoFixtures.png()));
		long nib = jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = 'NIB'",
				Long.class, seller.participantId());
		licences.returnLicence(officer, seller.participantId(), nib,
				"Foto sertifikat buram, nomor tidak terbaca. Unggah ulang foto yang jelas dan tidak terpotong.");
		licences.record(seller.user(), new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED, "ID31110000789",
				today.minusDays(20), today.plusYears(4)), file("document", "halal.png", PhotoFixtures.png()));

		long report = reports.file(seller.user(),
				new ReportDraft(YearMonth.now(Jakarta.ZONE).minusMonths(1), 9_000_000, 4_000_000, 1,
						new ChannelSplit(70, 0, 30, 0)), null);
		reviews.giveBack(officer, seller.participantId(), report,
				"Omzet tidak sama dengan buku kas bulan itu. Periksa lagi dan kirim ulang.");

		referrals.apply(seller.user(), bankOffer("CAPITAL"), 5_000_000,
				"Membeli gerobak kedua untuk berjualan di pasar malam");
		long shared = referrals.refer(officer, seller.participantId(), bankOffer("TRAINING"),
				"Cocok untuk belajar menerima pembayaran QRIS");
		referrals.share(seller.user(), shared);
		erasure.request(seller.participantId());
		long deletion = jdbc.queryForObject(
				"select id from deletion_request where participant_id = ? and outcome = 'PENDING'", Long.class,
				seller.participantId());

		Instant now = Instant.now();
		long breach = breaches.record(admin, new IncidentDraft(officer.accountId(), now.minus(Duration.ofDays(2)),
				now.plus(Duration.ofMinutes(5)), now.minus(Duration.ofHours(1)),
				"Kata sandi petugas tersebar di grup pesan; akun dikunci dan kata sandi diganti."));

		List<String> mentor = accounts.findIdByLoginName("mentor@demo.local")
			.flatMap(mentorId -> jdbc.queryForList("""
					select participant_id from participant_current_mentor where mentor_account_id = ?
					order by participant_id limit 1
					""", Long.class, mentorId).stream().findFirst())
			.map(mentee -> List.of("/mentor/mentees/" + mentee + "/reports"))
			.orElse(List.of());
		return new Seeded(seller.email(),
				List.of("/me", "/me/licences", "/me/reports", "/me/capital", "/me/privacy",
						"/me/outlets/bookings/" + booking + "/sales"),
				List.of("/officer/entrepreneurs/" + seller.participantId(),
						"/officer/entrepreneurs/" + seller.participantId() + "/licences",
						"/officer/entrepreneurs/" + seller.participantId() + "/reports", "/officer/outlets/sales",
						"/officer/outlets/sales/" + booking),
				mentor, List.of("/admin/privacy/deletions", "/admin/privacy/deletions/" + deletion,
						"/admin/privacy/breach/" + breach),
				List.of("/partner/referrals/" + shared));
	}

	private long bankOffer(String kind) {
		return jdbc.queryForObject("""
				select o.id from partner_offer o join partner_organisation p on p.id = o.partner_id
				where o.kind = ? and p.name = 'Bank DKI' order by o.id limit 1
				""", Long.class, kind);
	}

	/** A confirmed booking at a new Gambir outlet whose week ended ten days ago. */
	private long endedWeek(OutletFixtures.Curated seller, PortalUser officer) {
		OutletFixtures.Outlet outlet = outlets.outlet(1, 3);
		long callId = outlets.call(outlet);
		long booking = bookings.apply(seller.user(), callId, seller.productId());
		bookings.allocate(officer, callId, booking, outlet.places().get(0));
		bookings.confirm(seller.user(), booking);
		OutletFixtures.endCall(jdbc, callId, 10);
		return booking;
	}

	private static MockMultipartFile file(String field, String name, byte[] content) {
		return new MockMultipartFile(field, name, name.endsWith(".png") ? "image/png" : "image/jpeg", content);
	}

}
