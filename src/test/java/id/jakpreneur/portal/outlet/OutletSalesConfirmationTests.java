package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.SalesReports;
import id.jakpreneur.portal.outlet.domain.SalesStatus;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.outlet.query.MyBooking;
import id.jakpreneur.portal.outlet.query.SalesQueries;
import id.jakpreneur.portal.outlet.query.SalesToConfirm;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import id.jakpreneur.portal.support.SentNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outlet sales confirmed by the officer of the outlet's area (issue 18): self-reported figures count nowhere until
 * confirmed, what is due comes from the confirmed figures, an officer of another area cannot see or decide, and a
 * returned report reaches the participant with its reason and is corrected and confirmed.
 */
@PortalWebTest
class OutletSalesConfirmationTests {

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Bookings bookings;

	@Autowired
	SalesReports sales;

	@Autowired
	SalesQueries salesQueries;

	@Autowired
	CallQueries queries;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SummaryRefresh summaries;

	@Autowired
	MockMvc mvc;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	JdbcTemplate jdbc;

	private final OutletFixtures f() {
		return new OutletFixtures(outlets, curation, registration, records, accounts);
	}

	/** A booking at a new Gambir outlet (fee Rp 100.000, share 20%) whose week ended ten days ago. */
	private Ended endedBooking(String name) {
		OutletFixtures f = f();
		OutletFixtures.Outlet outlet = f.outlet(1, 3);
		long callId = f.call(outlet);
		OutletFixtures.Curated seller = f.curated(name, Grade.A);
		long booking = bookings.apply(seller.user(), callId, seller.productId());
		bookings.allocate(f.officer(), callId, booking, outlet.places().get(0));
		bookings.confirm(seller.user(), booking);
		OutletFixtures.endCall(jdbc, callId, 10);
		return new Ended(outlet.id(), booking, seller, f.officer());
	}

	private record Ended(long outletId, long booking, OutletFixtures.Curated seller, PortalUser officer) {
	}

	@Test
	void selfReportedSalesCountNowhereUntilAnOfficerConfirmsThem() {
		Ended e = endedBooking("Penjual Belum Dikonfirmasi");
		sales.report(e.seller().user(), e.booking(), 40, 1_200_000, null);

		assertThat(p5(e.seller().participantId())).isZero();
		assertThat(queries.monthlySales(e.seller().participantId())).isEmpty();
		assertThat(jdbc.queryForMap("select fee_due, share_due from outlet_application where id = ?", e.booking()))
			.containsEntry("fee_due", null).containsEntry("share_due", null);
		assertThat(jdbc.queryForObject("""
				select count(*) from outlet_booking_period v join outlet_application a on a.place_id = v.place_id
				 and a.period = v.period where a.id = ? and v.sales is null and v.units_sold is null
				""", Integer.class, e.booking())).isEqualTo(1);
		summaries.refresh();
		assertThat(dashboardSales(e.outletId())).isZero();
		assertThat(salesQueries.waiting(e.officer(), PageRequest.of(0, 1000)).getContent())
			.extracting(SalesToConfirm::applicationId).contains(e.booking());

		sales.confirm(e.officer(), e.booking());

		assertThat(p5(e.seller().participantId())).isEqualTo(1);
		assertThat(queries.monthlySales(e.seller().participantId())).singleElement()
			.satisfies(m -> assertThat(m.sales()).isEqualTo(1_200_000L));
		summaries.refresh();
		assertThat(dashboardSales(e.outletId())).isEqualTo(1_200_000L);
		assertThat(salesQueries.waiting(e.officer(), PageRequest.of(0, 1000)).getContent())
			.extracting(SalesToConfirm::applicationId).doesNotContain(e.booking());
		assertThat(timeline(e.seller().participantId())).containsExactly(
				"SUBMITTED by " + e.seller().user().accountId(), "CONFIRMED by " + e.officer().accountId());
	}

	@Test
	void whatIsDueIsComputedFromTheConfirmedFiguresNotTheFirstReport() {
		Ended e = endedBooking("Penjual Dikoreksi");
		sales.report(e.seller().user(), e.booking(), 500, 9_000_000, null);
		sales.returnToParticipant(e.officer(), e.booking(), "Rekap kasir gerai mencatat Rp 2.450.005");
		assertThat(jdbc.queryForObject("select fee_due from outlet_application where id = ?", Long.class, e.booking()))
			.isNull();
		sales.report(e.seller().user(), e.booking(), 163, 2_450_005, null);

		var due = sales.confirm(e.officer(), e.booking());

		assertThat(due.fee()).isEqualTo(100_000);
		assertThat(due.share()).isEqualTo(490_001);
		assertThat(jdbc.queryForMap("select sales, fee_due, share_due, sales_reviewed_by from outlet_application where id = ?",
				e.booking())).containsEntry("sales", 2_450_005L).containsEntry("fee_due", 100_000L)
			.containsEntry("share_due", 490_001L).containsEntry("sales_reviewed_by", e.officer().accountId());
		MyBooking mine = mine(e);
		assertThat(mine.salesStatus()).isEqualTo(SalesStatus.CONFIRMED);
		assertThat(mine.totalDue()).isEqualTo(590_001L);
	}

	@Test
	void anOfficerOutsideTheOutletsAreaNeitherSeesNorDecides() {
		Ended e = endedBooking("Penjual Gambir");
		sales.report(e.seller().user(), e.booking(), 10, 300_000, null);
		PortalUser selatan = officer("31.74");

		assertThatThrownBy(() -> sales.confirm(selatan, e.booking())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> sales.returnToParticipant(selatan, e.booking(), "Angka tidak masuk akal"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> salesQueries.one(selatan, e.booking())).isInstanceOf(NotFoundException.class);
		assertThat(salesQueries.waiting(selatan, PageRequest.of(0, 1000)).getContent())
			.extracting(SalesToConfirm::applicationId).doesNotContain(e.booking());
		assertThat(salesStatus(e.booking())).isEqualTo("SUBMITTED");
		// the officer of Jakarta Pusat may
		assertThat(salesQueries.waiting(officer("31.71"), PageRequest.of(0, 1000)).getContent())
			.extracting(SalesToConfirm::applicationId).contains(e.booking());
	}

	@Test
	void aReturnedReportReachesTheParticipantWithItsReasonAndIsCorrectedAndSentAgain() throws Exception {
		Ended e = endedBooking("Penjual Dikembalikan");
		sales.report(e.seller().user(), e.booking(), 12, 480_000, null);
		// once sent, her page shows what she sent and that it waits, not a blank form she could not send
		mvc.perform(get("/me/outlets/bookings/" + e.booking() + "/sales").with(user(e.seller().user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-sales-status=\"SUBMITTED\"")))
			.andExpect(content().string(containsString("Rp 480.000")))
			.andExpect(content().string(not(containsString("name=\"unitsSold\""))));
		// a reason under 10 characters is a field error on the officer's page, and nothing changes
		mvc.perform(post("/officer/outlets/sales/" + e.booking() + "/return").param("reason", "kurang")
			.with(user(e.officer())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "reason"));
		assertThat(salesStatus(e.booking())).isEqualTo("SUBMITTED");

		mvc.perform(post("/officer/outlets/sales/" + e.booking() + "/return")
			.param("reason", "Lampirkan nota kasir gerai untuk minggu ini").with(user(e.officer())).with(csrf()))
			.andExpect(redirectedUrl("/officer/outlets/sales"));

		assertThat(salesStatus(e.booking())).isEqualTo("RETURNED");
		assertThat(mine(e).returnReason()).isEqualTo("Lampirkan nota kasir gerai untuk minggu ini");
		mvc.perform(get("/me/outlets/bookings/" + e.booking() + "/sales").with(user(e.seller().user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"unitsSold\"")))
			.andExpect(content().string(not(containsString("data-sales-status"))));
		assertThat(mine(e).reportable(OutletFixtures.today())).isTrue();
		assertThat(new SentNotices(jdbc).bell(e.seller().user().accountId(), "SALES_RETURNED")).singleElement()
			.satisfies(b -> assertThat(b.args()).contains("Lampirkan nota kasir gerai untuk minggu ini"));
		mvc.perform(get("/me/outlets").with(user(e.seller().user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lampirkan nota kasir gerai untuk minggu ini")));
		// a returned report cannot be confirmed before it is corrected
		assertThatThrownBy(() -> sales.confirm(e.officer(), e.booking())).isInstanceOf(OutletRefusedException.class)
			.hasMessage("outlet.salesReview.notSubmitted");

		mvc.perform(post("/me/outlets/bookings/" + e.booking() + "/sales").param("unitsSold", "12")
			.param("sales", "480.000").with(user(e.seller().user())).with(csrf()))
			.andExpect(redirectedUrl("/me/outlets"));
		assertThat(salesStatus(e.booking())).isEqualTo("SUBMITTED");
		assertThat(mine(e).returnReason()).isNull();
		mvc.perform(post("/officer/outlets/sales/" + e.booking() + "/confirm").with(user(e.officer())).with(csrf()))
			.andExpect(redirectedUrl("/officer/outlets/sales"));
		assertThat(salesStatus(e.booking())).isEqualTo("CONFIRMED");
		assertThat(new SentNotices(jdbc).bell(e.seller().user().accountId(), "SALES_CONFIRMED")).hasSize(1);
		assertThat(timeline(e.seller().participantId())).containsExactly("SUBMITTED by " + e.seller().user().accountId(),
				"RETURNED by " + e.officer().accountId(), "SUBMITTED by " + e.seller().user().accountId(),
				"CONFIRMED by " + e.officer().accountId());
	}

	@Test
	void theReceiptGoesWithTheReportAndIsShownToTheOutletsOfficerOnly() throws Exception {
		Ended e = endedBooking("Penjual Dengan Nota");
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);
		mvc.perform(multipart("/me/outlets/bookings/" + e.booking() + "/sales")
			.file(new MockMultipartFile("receipt", "nota kasir.png", "image/png", png.toByteArray()))
			.param("unitsSold", "8").param("sales", "320.000").with(user(e.seller().user())).with(csrf()))
			.andExpect(redirectedUrl("/me/outlets"));
		Long receipt = jdbc.queryForObject("select max(id) from document where purpose = 'OUTLET_SALES' and subject_id = ?",
				Long.class, e.booking());
		assertThat(receipt).isNotNull();
		String link = "/officer/outlets/sales/" + e.booking() + "/receipts/" + receipt;

		mvc.perform(get("/officer/outlets/sales/" + e.booking()).with(user(e.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get(link).with(user(e.officer())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		PortalUser selatan = officer("31.74");
		mvc.perform(get(link).with(user(selatan))).andExpect(status().isNotFound());
		mvc.perform(get("/officer/outlets/sales/" + e.booking()).with(user(selatan))).andExpect(status().isNotFound());
		// an executable is no receipt: a field error, and neither the report nor a document is kept
		Ended other = endedBooking("Penjual Berkas Salah");
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		mvc.perform(multipart("/me/outlets/bookings/" + other.booking() + "/sales")
			.file(new MockMultipartFile("receipt", "nota.pdf", "application/pdf", exe))
			.param("unitsSold", "8").param("sales", "320.000").with(user(other.seller().user())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "receipt"));
		assertThat(salesStatus(other.booking())).isNull();
	}

	@Test
	void theQueueCostsTheSameStatementsForOneReportOrMany() throws Exception {
		Ended first = endedBooking("Antrean Satu");
		sales.report(first.seller().user(), first.booking(), 1, 10_000, null);
		long few = statementsForQueue(first.officer());
		for (int i = 0; i < 4; i++) {
			Ended more = endedBooking("Antrean Lagi " + i);
			sales.report(more.seller().user(), more.booking(), 1, 10_000, null);
		}
		long many = statementsForQueue(first.officer());
		assertThat(many).as("statements with more reports waiting").isEqualTo(few);
		assertThat(many).as("statements per request").isLessThanOrEqualTo(6);
	}

	private long statementsForQueue(PortalUser officer) throws Exception {
		QueryCounter.reset();
		mvc.perform(get("/officer/outlets/sales?size=100").with(user(officer))).andExpect(status().isOk());
		return QueryCounter.count();
	}

	@Test
	void herExportCarriesHerSalesReportsAndTheErasureReplacesTheOfficersReason() {
		Ended e = endedBooking("Penjual Hak Data");
		sales.report(e.seller().user(), e.booking(), 5, 50_000, null);
		sales.returnToParticipant(e.officer(), e.booking(), "Angka tidak sama dengan rekap kasir");
		assertThat(personalData().export(e.seller().participantId())).asString()
			.contains("Angka tidak sama dengan rekap kasir");
		assertThat(personalData().erase(e.seller().participantId())).isPositive();
		assertThat(mine(e).returnReason()).doesNotContain("rekap kasir");
	}

	@Test
	void theDatabaseRefusesConfirmedSalesWithoutTheirOfficerAndAReturnWithoutAReason() {
		Ended e = endedBooking("Penjual Dijaga Basis Data");
		sales.report(e.seller().user(), e.booking(), 3, 30_000, null);
		assertThatThrownBy(() -> jdbc.update("""
				update outlet_application set sales_status = 'CONFIRMED', fee_due = 0, share_due = 0 where id = ?
				""", e.booking())).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("""
				update outlet_application set sales_status = 'RETURNED', sales_reviewed_by = ?, sales_reviewed_at = now()
				where id = ?""", e.officer().accountId(), e.booking())).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("""
				update outlet_application set fee_due = 1, share_due = 1 where id = ?
				""", e.booking())).isInstanceOf(DataIntegrityViolationException.class);
	}

	private PortalUser officer(String areaCode) {
		String email = Citizens.email("petugas-gerai-" + areaCode);
		accounts.open(new NewAccount(email, "Petugas " + areaCode, Role.OFFICER, "Petugas-Uji-2026", Set.of(areaCode),
				false));
		return f().user(email);
	}

	private PersonalDataHolder personalData() {
		return holders.stream().filter(h -> h.name().equals("outlet")).findFirst().orElseThrow();
	}

	private MyBooking mine(Ended e) {
		return queries.bookingsOf(e.seller().participantId()).stream().filter(b -> b.id() == e.booking()).findFirst()
			.orElseThrow();
	}

	private String salesStatus(long booking) {
		return jdbc.queryForObject("select sales_status from outlet_application where id = ?", String.class, booking);
	}

	private int p5(long participantId) {
		return jdbc.queryForObject(
				"select count(*) from participant_step_completion where participant_id = ? and step = 'P5'",
				Integer.class, participantId);
	}

	private long dashboardSales(long outletId) {
		return jdbc.queryForObject("select coalesce(sum(sales), 0) from dashboard_outlet where outlet_id = ?", Long.class,
				outletId);
	}

	/** The participant's outlet-sales timeline entries, oldest first, as "STEP by actor". */
	private List<String> timeline(long participantId) {
		return jdbc.queryForList("""
				select args[1] || ' by ' || actor_id from participant_timeline
				where participant_id = ? and kind = 'OUTLET_SALES' order by occurred_at, id
				""", String.class, participantId);
	}

}
