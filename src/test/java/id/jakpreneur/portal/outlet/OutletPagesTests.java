package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.CurationStatus;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.PhotoType;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.ProductDraft;
import id.jakpreneur.portal.outlet.query.ProductQueries;
import id.jakpreneur.portal.mentoring.domain.MentorDetails;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.Activated;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The outlet pages through MockMvc: uploads refused by type and size (whatever name and type the browser claims),
 * photos served only to those who may see them with the checked type and nosniff, forms that re-render with the
 * message beside the field, the reasons a participant is not eligible, and a calendar whose cost does not grow
 * with its bookings.
 */
@PortalWebTest
class OutletPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MentorManagement mentors;

	@Autowired
	AccountActivation activations;

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	ProductQueries products;

	@Autowired
	Bookings bookings;

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

	private MockMultipartFile photo(String name, String type, byte[] bytes) {
		return new MockMultipartFile("photo", name, type, bytes);
	}

	private MvcResult submit(PortalUser user, MockMultipartFile photo) throws Exception {
		return mvc.perform(multipart("/me/outlets/products").file(photo)
			.param("name", "Keripik Tempe Uji")
			.param("sector", "KULINER")
			.param("price", "12.500")
			.param("packaging", "Standing pouch 100 g")
			.param("halalNumber", "ID31110000123450123")
			.with(user(user))
			.with(csrf())).andReturn();
	}

	@Test
	void uploadsThatAreNotJpegOrPngImagesAreRefusedBesideTheField() throws Exception {
		PortalUser siti = fixtures().curated("Pengunggah Salah", Grade.C).user();
		long before = productsOf(siti);
		String[][] wrong = { { "foto.png", "image/png", "<html><script>alert(1)</script></html>" },
				{ "foto.jpg", "image/jpeg", "GIF89a not a jpeg at all" }, { "foto.svg", "image/svg+xml", "<svg/>" },
				{ "foto.webp", "image/webp", "RIFF1234WAVEfmt " } };
		for (String[] file : wrong) {
			MvcResult result = submit(siti, photo(file[0], file[1], file[2].getBytes()));
			assertThat(result.getResponse().getStatus()).as(file[0]).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).as(file[0])
				.contains("Foto harus berupa gambar JPEG atau PNG yang utuh.", "id=\"photo-error\"");
		}
		assertThat(productsOf(siti)).isEqualTo(before);
	}

	@Test
	void uploadsOverTwoMegabytesAreRefusedAndNothingIsSaved() throws Exception {
		PortalUser siti = fixtures().curated("Pengunggah Besar", Grade.C).user();
		long before = productsOf(siti);
		MvcResult result = submit(siti, photo("besar.jpg", "image/jpeg",
				PhotoFixtures.withHead(PhotoFixtures.jpeg(), PhotoType.MAX_BYTES + 1)));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Foto terlalu besar: paling besar 2 MB.");
		MvcResult empty = submit(siti, photo("kosong.png", "image/png", new byte[0]));
		assertThat(empty.getResponse().getContentAsString()).contains("Unggah foto produk.");
		assertThat(productsOf(siti)).isEqualTo(before);
		assertThatTheServiceRefusesToo(siti);
	}

	private void assertThatTheServiceRefusesToo(PortalUser siti) {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> curation.submit(siti, new ProductDraft("Langsung", id.jakpreneur.portal.entrepreneur.Sector.KULINER,
					1000, "Plastik", null, null, null), "%PDF-1.4".getBytes()))
			.hasMessage("outlet.photo.type");
	}

	@Test
	void aPhotoIsServedWithItsCheckedTypeAndNosniffOnlyToThoseWhoMaySeeIt() throws Exception {
		OutletFixtures f = fixtures();
		PortalUser owner = f.curated("Pemilik Foto", Grade.B).user();
		// the browser calls it a PNG; its bytes say JPEG, and a JPEG is what is stored and served
		MvcResult created = submit(owner, photo("foto.png", "image/png", PhotoFixtures.jpeg()));
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));

		mvc.perform(get("/outlets/photos/" + id).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/outlets/photos/" + id).with(DemoUsers.as(accounts, Role.OFFICER))).andExpect(status().isOk());
		mvc.perform(get("/outlets/photos/" + id).with(DemoUsers.as(accounts, Role.MENTOR))).andExpect(status().isOk());
		mvc.perform(get("/outlets/photos/" + id).with(DemoUsers.as(accounts, Role.ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/outlets/photos/" + id).with(DemoUsers.as(accounts, Role.PARTNER)))
			.andExpect(status().isNotFound());
		PortalUser other = f.curated("Tetangga Penasaran", Grade.B).user();
		mvc.perform(get("/outlets/photos/" + id).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(get("/me/outlets/products/" + id).with(user(other))).andExpect(status().isNotFound());
		PortalUser elsewhere = new PortalUser(-1, "x@example.id", "Petugas Jakut", Role.OFFICER,
				java.util.Set.of("31.72"), true, null);
		mvc.perform(get("/outlets/photos/" + id).with(user(elsewhere))).andExpect(status().isNotFound());
		mvc.perform(get("/officer/outlets/products/" + id).with(user(elsewhere))).andExpect(status().isNotFound());
		mvc.perform(get("/outlets/photos/" + id)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aMentoredParticipantsProductIsVerifiedByHerOwnMentorNotByAnotherMentorOfTheArea() throws Exception {
		OutletFixtures.Curated her = fixtures().curated("Peserta Berpendamping", Grade.C);
		MvcResult created = submit(her.user(), photo("foto.jpg", "image/jpeg", PhotoFixtures.jpeg()));
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		PortalUser officer = fixtures().officer();
		String email = "m-" + UUID.randomUUID() + "@test.local";
		MentorManagement.MentorCreated mentor = mentors.create(officer, new MentorDetails("Pendamping Kurasi",
				"+6281311112222", MentorKind.EXPERT, null, null, EnumSet.of(Track.MARKETING_AND_DIGITAL),
				Set.of("31.71.01"), EnumSet.of(MentorLanguage.INDONESIAN), 5, false), email);
		Activated.withPassword(activations, mentor.slip(), "rahasia-uji-123");
		long mentorId = mentor.mentorId();
		jdbc.update("insert into mentor_assignment (participant_id, mentor_id, track, assigned_by) "
				+ "values (?, ?, 'MARKETING_AND_DIGITAL', ?)", her.participantId(), mentorId, officer.accountId());
		PortalUser herMentor = (PortalUser) accounts.loadUserByUsername(email);

		// the demo mentor covers Gambir, but she has her own mentor now
		mvc.perform(get("/mentor/outlets/products/" + id).with(DemoUsers.as(accounts, Role.MENTOR)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/mentor/outlets/products/" + id + "/verify").param("approve", "true")
			.with(DemoUsers.as(accounts, Role.MENTOR)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(products.queue((PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.MENTOR)), CurationStatus.SUBMITTED,
				org.springframework.data.domain.PageRequest.of(0, 100)).getContent())
			.noneMatch(product -> product.id() == id);

		assertThat(products.queue(herMentor, CurationStatus.SUBMITTED,
				org.springframework.data.domain.PageRequest.of(0, 20)).getContent())
			.anyMatch(product -> product.id() == id);
		mvc.perform(post("/mentor/outlets/products/" + id + "/verify").param("approve", "true")
			.with(user(herMentor)).with(csrf()))
			.andExpect(redirectedUrl("/mentor/outlets/products"));
		assertThat(jdbc.queryForObject("select status from outlet_product where id = ?", String.class, id))
			.isEqualTo("VERIFIED");
	}

	@Test
	void curationMovesThroughTheMentorTheOfficerAndTheCuratorAndTheParticipantReadsTheGrade() throws Exception {
		PortalUser owner = fixtures().curated("Peserta Kurasi", Grade.C).user();
		MvcResult created = submit(owner, photo("foto.jpg", "image/jpeg", PhotoFixtures.jpeg()));
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));

		mvc.perform(post("/mentor/outlets/products/" + id + "/verify").param("approve", "false").param("note", "")
			.with(DemoUsers.as(accounts, Role.MENTOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tulis catatan: apa yang perlu diperbaiki peserta.")));
		mvc.perform(post("/officer/outlets/products/" + id + "/validate").param("approve", "true")
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Produk ini tidak lagi berada pada tahap tersebut.")));
		mvc.perform(post("/mentor/outlets/products/" + id + "/verify").param("approve", "true")
			.with(DemoUsers.as(accounts, Role.MENTOR)).with(csrf()))
			.andExpect(redirectedUrl("/mentor/outlets/products"))
			.andExpect(flash().attribute("flashSuccess", "outlet.curation.verified"));
		mvc.perform(post("/officer/outlets/products/" + id + "/validate").param("approve", "true")
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(redirectedUrl("/officer/outlets/products/" + id));
		mvc.perform(post("/officer/outlets/products/" + id + "/grade").param("grade", "B").param("notes", "")
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib diisi.")));
		mvc.perform(post("/officer/outlets/products/" + id + "/grade").param("grade", "B")
			.param("notes", "Label perlu tanggal kedaluwarsa.")
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(redirectedUrl("/officer/outlets/curation?step=VALIDATED"));

		String page = mvc.perform(get("/me/outlets/products/" + id).with(user(owner)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Grade kurasi: B", "Label perlu tanggal kedaluwarsa.",
				"Boleh dikurasi ulang mulai " + java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")
					.format(OutletFixtures.today().plusDays(90)));
		// B may be curated again only after the re-curation days
		mvc.perform(multipart("/me/outlets/products/" + id).param("name", "Keripik Tempe Uji").param("sector", "KULINER")
			.param("price", "12.500").param("packaging", "Pouch").with(user(owner)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kurasi ulang belum bisa diajukan")));
		jdbc.update("update outlet_product set graded_at = now() - interval '91 days' where id = ?", id);
		mvc.perform(multipart("/me/outlets/products/" + id).param("name", "Keripik Tempe Uji").param("sector", "KULINER")
			.param("price", "12.500").param("packaging", "Pouch berlabel lengkap").with(user(owner)).with(csrf()))
			.andExpect(redirectedUrl("/me/outlets/products/" + id));
		assertThat(jdbc.queryForMap("select status, grade from outlet_product where id = ?", id))
			.containsEntry("status", "SUBMITTED").containsEntry("grade", "B");
	}

	@Test
	void officerFormsComeBackWithTheMessageBesideTheField() throws Exception {
		mvc.perform(post("/officer/outlets").param("name", "").param("kind", "BAZAAR").param("address", "Jl. A")
			.param("villageCode", "31.72.04.1001").param("openingHours", "Setiap hari").param("feePerPeriod", "abc")
			.param("revenueSharePercent", "120").param("maxConsecutivePeriods", "0")
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib diisi.")))
			.andExpect(content().string(containsString("Kelurahan ini di luar wilayah kerja Anda.")))
			.andExpect(content().string(containsString("Isi jumlah rupiah")))
			.andExpect(content().string(containsString("Isi angka 0 sampai 100")))
			.andExpect(content().string(containsString("Isi angka 1 sampai 24.")));

		OutletFixtures.Outlet outlet = fixtures().outlet(1, 2);
		LocalDate today = OutletFixtures.today();
		mvc.perform(post("/officer/outlets/" + outlet.id() + "/calls").param("startsOn", today.plusDays(10).toString())
			.param("endsOn", today.plusDays(5).toString()).param("applyUntil", today.plusDays(12).toString())
			.param("confirmDays", "3").with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hari terakhir tidak boleh sebelum hari pertama.")))
			.andExpect(content().string(containsString("Pendaftaran harus ditutup paling lambat")));
		mvc.perform(post("/officer/outlets/" + outlet.id() + "/places").param("code", "P1").param("kind", "TENT")
			.param("productCapacity", "2").with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gerai ini sudah punya tempat dengan kode ini.")));
		mvc.perform(post("/officer/outlets/" + outlet.id() + "/calls").param("startsOn", today.plusDays(10).toString())
			.param("endsOn", today.plusDays(40).toString()).param("applyUntil", today.plusDays(3).toString())
			.param("confirmDays", "3").with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(redirectedUrlPattern("/officer/outlets/calls/*"));
	}

	@Test
	void theParticipantSeesWhyACallIsNotForThemAndCanApplyForTheOthers() throws Exception {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet food = f.outlet(1, OutletFixtures.foodRules());
		long foodCall = f.call(food);
		OutletFixtures.Outlet open = f.outlet(1, 2);
		long openCall = f.call(open);
		OutletFixtures.Curated siti = f.curated("Siti Belum Halal", Grade.A);
		String page = mvc.perform(get("/me/outlets?size=100").with(user(siti.user())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Butuh sertifikat halal", "Butuh SPP-IRT",
				"action=\"/me/outlets/calls/" + openCall + "/apply\"")
			.doesNotContain("action=\"/me/outlets/calls/" + foodCall + "/apply\"");
		mvc.perform(post("/me/outlets/calls/" + openCall + "/apply").param("productId", Long.toString(siti.productId()))
			.with(user(siti.user())).with(csrf()))
			.andExpect(redirectedUrl("/me/outlets"))
			.andExpect(flash().attribute("flashSuccess", "outlet.apply.done"));
		mvc.perform(post("/me/outlets/calls/" + foodCall + "/apply").param("productId", Long.toString(siti.productId()))
			.with(user(siti.user())).with(csrf()))
			.andExpect(flash().attribute("flashError", "outlet.apply.notEligible"));
		mvc.perform(post("/me/outlets/calls/" + openCall + "/apply").param("productId", Long.toString(siti.productId()))
			.with(user(siti.user())).with(csrf()))
			.andExpect(flash().attribute("flashError", "outlet.apply.already"));
	}

	@Test
	void aTakenPlaceIsAMessageForTheOfficerNotAnErrorPage() throws Exception {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(1, 2);
		long callId = f.call(outlet);
		OutletFixtures.Curated a = f.curated("Dapat Duluan", Grade.A);
		OutletFixtures.Curated b = f.curated("Kalah Cepat", Grade.A);
		long first = bookings.apply(a.user(), callId, a.productId());
		long second = bookings.apply(b.user(), callId, b.productId());
		bookings.allocate(f.officer(), callId, first, outlet.places().get(0));
		mvc.perform(post("/officer/outlets/calls/" + callId + "/allocate").param("applicationId", Long.toString(second))
			.param("placeId", outlet.places().get(0).toString()).with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(redirectedUrl("/officer/outlets/calls/" + callId))
			.andExpect(flash().attribute("flashError", "outlet.allocate.placeTaken"));
		mvc.perform(get("/officer/outlets/calls/" + callId).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Semua tempat terisi untuk periode ini.")));
	}

	@Test
	void theCalendarCostsTheSameStatementsForOneBookingOrMany() throws Exception {
		OutletFixtures f = fixtures();
		OutletFixtures.Outlet outlet = f.outlet(6, 2);
		long callId = f.call(outlet);
		String month = java.time.YearMonth.from(OutletFixtures.today().plusDays(7)).toString();
		String url = "/officer/outlets/" + outlet.id() + "/calendar?month=" + month;
		OutletFixtures.Curated first = f.curated("Kalender Satu", Grade.A);
		bookings.allocate(f.officer(), callId, bookings.apply(first.user(), callId, first.productId()),
				outlet.places().get(0));
		long one = statements(url);
		for (int i = 1; i < 6; i++) {
			OutletFixtures.Curated c = f.curated("Kalender " + i, Grade.B);
			bookings.allocate(f.officer(), callId, bookings.apply(c.user(), callId, c.productId()),
					outlet.places().get(i));
		}
		long six = statements(url);
		assertThat(six).isEqualTo(one).isLessThanOrEqualTo(8);
		mvc.perform(get(url).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("Kalender 5")))
			.andExpect(content().string(containsString("outlet-calendar")));
		mvc.perform(get("/officer/outlets/" + outlet.id() + "/calendar?month=bukan-bulan")
			.with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bulan tidak dikenali")));
		mvc.perform(get("/officer/outlets/" + outlet.id() + "/calendar").with(user(new PortalUser(-1, "x@example.id",
				"Petugas Jaksel", Role.OFFICER, java.util.Set.of("31.74"), true, null))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/officer/outlets").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thamrin 10 Food Park")))
			.andExpect(content().string(not(containsString("Tenda UMKM Rusun Nagrak"))));
	}

	private long statements(String url) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(url).with(DemoUsers.as(accounts, Role.OFFICER))).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private long productsOf(PortalUser user) {
		return jdbc.queryForObject(
				"select count(*) from outlet_product pr join participant p on p.id = pr.participant_id where p.account_id = ?",
				Long.class, user.accountId());
	}

}
