package id.jakpreneur.portal.dashboard;

import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import static id.jakpreneur.portal.dashboard.KnownDataset.CITY;
import static id.jakpreneur.portal.dashboard.KnownDataset.M1;
import static id.jakpreneur.portal.dashboard.KnownDataset.NORTH;
import static id.jakpreneur.portal.dashboard.KnownDataset.O1;
import static id.jakpreneur.portal.dashboard.KnownDataset.PANGGANG;
import static id.jakpreneur.portal.dashboard.KnownDataset.SOUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import id.jakpreneur.portal.support.TestParticipants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every figure of the dashboard on the known dataset (see {@link KnownDataset} for the people and the sums), read
 * from the page as an administrator sees it, with the year 2020 and Kepulauan Seribu chosen so that only the
 * dataset counts.
 */
@PortalWebTest
class DashboardFiguresTests {

	static final String BASE = "/admin/dashboard?year=2020&city=" + CITY;

	static final String SERIBU = "Kabupaten Administrasi Kepulauan Seribu";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@BeforeEach
	void loadAndRefresh() {
		KnownDataset.load(jdbc, new TestParticipants(registration, records, accounts));
		refresh.refresh();
	}

	@Test
	void keyFiguresAndFunnelAreRight() throws Exception {
		Document page = page(BASE);
		assertThat(page.getElementById("key-participants").text()).isEqualTo("5");
		assertThat(page.getElementById("key-moved-up").text()).isEqualTo("3");
		assertThat(page.getElementById("key-stalled").text()).isEqualTo("4");
		assertThat(DashboardPages.rows(page, "funnel")).containsExactly(
				List.of("P1 Pendaftaran", "4", "0", "4", "80,0 %", "–", "100,0 %"),
				List.of("P2 Pelatihan", "2", "1", "3", "60,0 %", "75,0 %", "–"),
				List.of("P3 Pendampingan", "1", "0", "1", "20,0 %", "33,3 %", "–"),
				List.of("P4 Perizinan", "0", "1", "1", "20,0 %", "100,0 %", "–"),
				List.of("P5 Pemasaran", "1", "0", "1", "20,0 %", "100,0 %", "–"),
				List.of("P6 Pelaporan keuangan", "0", "0", "0", "0,0 %", "0,0 %", "–"),
				List.of("P7 Permodalan", "0", "0", "0", "0,0 %", "–", "2,0 %"));
	}

	@Test
	void phasesNaikKelasAndMediansAreRight() throws Exception {
		Document page = page(BASE);
		assertThat(DashboardPages.rows(page, "phases")).containsExactly(List.of("Belum dinilai", "1", "20,0 %"),
				List.of("Ide", "1", "20,0 %"), List.of("Awal", "2", "40,0 %"), List.of("Tumbuh", "1", "20,0 %"),
				List.of("Berkembang", "0", "0,0 %"), List.of("Mandiri", "0", "0,0 %"));
		assertThat(DashboardPages.rows(page, "monthly")).containsExactly(List.of("2020-01", "1", "0"),
				List.of("2020-02", "1", "0"), List.of("2020-03", "1", "0"), List.of("2020-05", "0", "1"),
				List.of("2020-06", "1", "0"));
		// Ide → Awal: 10 days (B) and 30 days (A): buckets 0-29 and 30-59, the median at the top of the first.
		// Awal → Tumbuh: 60 days (D, since registration) and 120 days (A): the median at the top of 60-89.
		assertThat(DashboardPages.rows(page, "transitions")).containsExactly(
				List.of("Ide → Awal", "2", "30", "1", "1", "0", "0", "0", "0", "0"),
				List.of("Awal → Tumbuh", "2", "90", "0", "0", "1", "1", "0", "0", "0"),
				List.of("Tumbuh → Berkembang", "0", "–", "0", "0", "0", "0", "0", "0", "0"),
				List.of("Berkembang → Mandiri", "0", "–", "0", "0", "0", "0", "0", "0", "0"));
	}

	@Test
	void stallsMentorsAndOutletsAreRight() throws Exception {
		Document page = page(BASE);
		assertThat(DashboardPages.rows(page, "stalls-district")).containsExactly(
				List.of("Kepulauan Seribu Selatan", SERIBU, "2", "2", "100,0 %"),
				List.of("Kepulauan Seribu Utara", SERIBU, "3", "2", "66,7 %"));
		assertThat(DashboardPages.rows(page, "stalls-mentor")).containsExactly(List.of(M1, "2", "1", "50,0 %"));
		assertThat(DashboardPages.rows(page, "mentor-load")).containsExactly(List.of("Tanpa peserta", "1"),
				List.of("Di bawah 50%", "1"), List.of("50%–79%", "0"), List.of("80%–99%", "0"), List.of("Penuh", "0"));
		assertThat(DashboardPages.rows(page, "mentor-summary")).containsExactly(List.of("Pendamping", "2"),
				List.of("Kapasitas total", "8"), List.of("Peserta aktif didampingi", "2"),
				List.of("Beban (aktif/kapasitas)", "25,0 %"), List.of("Sesi dalam 90 hari terakhir", "1"),
				List.of("Sesi per peserta aktif per bulan", "0,17"));
		// 30 booked place-days out of 2 places x 366 days of 2020
		assertThat(DashboardPages.rows(page, "outlets")).containsExactly(
				List.of(O1, SERIBU, "2", "1", "4,1 %", "1.500.000", "30"));
	}

	@Test
	void targetsCountAParticipantOfTwoAgenciesOnceInTheTotal() throws Exception {
		Document page = page(BASE);
		List<List<String>> total = DashboardPages.rows(page, "targets-total");
		assertThat(total.get(0)).containsExactly("P1 Pendaftaran", "10", "4", "40,0 %");
		assertThat(total.get(1)).containsExactly("P2 Pelatihan", "6", "3", "50,0 %");
		assertThat(total.get(2)).containsExactly("P3 Pendampingan", "0", "1", "–");
		List<List<String>> agencies = DashboardPages.rows(page, "targets");
		// A and B are PPKUKM's and mentored by a PJLP of DINSOS: both agencies count them
		assertThat(agencies).contains(List.of("PPKUKM", "P1 Pendaftaran", "10", "2", "20,0 %"),
				List.of("PPKUKM", "P2 Pelatihan", "0", "2", "–"), List.of("DINSOS", "P1 Pendaftaran", "0", "4", "–"),
				List.of("DINSOS", "P2 Pelatihan", "6", "3", "50,0 %"), List.of("PAREKRAF", "P1 Pendaftaran", "0", "0", "–"));
	}

	@Test
	void kecamatanTableShowsProgressInWordsAsWellAsColour() throws Exception {
		Document page = page(BASE);
		assertThat(DashboardPages.rows(page, "districts")).containsExactly(
				List.of("Kepulauan Seribu Selatan", SERIBU, "2", "1", "50,0 %", "0", "2", "▲ Tinggi"),
				List.of("Kepulauan Seribu Utara", SERIBU, "3", "2", "66,7 %", "1", "2", "▲ Tinggi"));
		assertThat(page.select("#table-districts .band-high")).hasSize(2);
	}

	@Test
	void everyFilterNarrowsTheFigures() throws Exception {
		assertThat(participants(BASE + "&agency=PPKUKM")).isEqualTo("3");
		assertThat(participants(BASE + "&agency=DINSOS")).isEqualTo("4");
		assertThat(participants(BASE + "&group=JOB_SEEKER")).isEqualTo("2");
		assertThat(participants(BASE + "&group=POOR_FAMILY")).isEqualTo("2");
		assertThat(participants(BASE + "&group=DISABILITY")).isEqualTo("1");
		assertThat(participants(BASE + "&size=KECIL")).isEqualTo("1");
		assertThat(participants(BASE + "&sector=KULINER")).isEqualTo("3");
		assertThat(participants(BASE + "&sector=KULINER&group=JOB_SEEKER")).isEqualTo("1");
		assertThat(participants(BASE + "&district=" + NORTH)).isEqualTo("3");
		assertThat(participants("/admin/dashboard?year=2021&city=" + CITY)).isEqualTo("0");

		Document village = page(BASE + "&district=" + NORTH + "&village=" + PANGGANG);
		assertThat(village.getElementById("key-participants").text()).isEqualTo("2");
		assertThat(DashboardPages.rows(village, "monthly")).containsExactly(List.of("2020-01", "1", "0"),
				List.of("2020-02", "1", "0"), List.of("2020-06", "1", "0"));
		Document south = page(BASE + "&district=" + SOUTH);
		assertThat(DashboardPages.rows(south, "monthly")).containsExactly(List.of("2020-03", "1", "0"),
				List.of("2020-05", "0", "1"));
		assertThat(DashboardPages.rows(south, "mentor-summary").get(0)).containsExactly("Pendamping", "1");
		assertThat(DashboardPages.rows(page("/admin/dashboard?year=2021&city=" + CITY), "outlets"))
			.containsExactly(List.of(O1, SERIBU, "2", "0", "0,0 %", "0", "0"));
	}

	@Test
	void badFilterValuesAreRefusedBesideTheirFieldAndNeverFail() throws Exception {
		Document page = page("/admin/dashboard?year=abc&sector=NOPE&city=" + CITY + "&district=31.71.01&size=HUGE");
		assertThat(page.select("#year ~ .invalid-feedback").text()).isNotBlank();
		assertThat(page.select("#sector ~ .invalid-feedback").text()).isEqualTo("Pilihan ini tidak dikenal.");
		assertThat(page.select("#district ~ .invalid-feedback").text()).isNotBlank();
		assertThat(page.select("#size ~ .invalid-feedback").text()).isNotBlank();
	}

	@Test
	void theDashboardCostsTheSameFewStatementsWhateverTheFilter() throws Exception {
		var admin = DemoUsers.as(accounts, Role.ADMIN);
		long first = -1;
		for (String url : List.of("/admin/dashboard", BASE, BASE + "&sector=KULINER&agency=DINSOS&group=POOR_FAMILY",
				BASE + "&district=" + NORTH + "&village=" + PANGGANG + "&size=MIKRO")) {
			QueryCounter.reset();
			mvc.perform(get(url).with(admin)).andExpect(status().isOk());
			long count = QueryCounter.count();
			assertThat(count).as(url).isLessThanOrEqualTo(10);
			if (first < 0) {
				first = count;
			}
			assertThat(count).as(url).isEqualTo(first);
		}
	}

	@Test
	void theFiguresAreKeptUntilTheSummariesAreRebuiltButTargetsShowAtOnce() throws Exception {
		var admin = DemoUsers.as(accounts, Role.ADMIN);
		QueryCounter.reset();
		mvc.perform(get(BASE).with(admin)).andExpect(status().isOk());
		long first = QueryCounter.count();
		QueryCounter.reset();
		assertThat(participants(BASE)).isEqualTo("5");
		assertThat(QueryCounter.count()).as("statements of a second view of the same figures")
			.isLessThanOrEqualTo(first - 5);
		try {
			jdbc.update("update dashboard_target set target = 12 where year = 2020 and agency_code = 'PPKUKM' and step = 'P1'");
			assertThat(DashboardPages.rows(page(BASE), "targets-total").get(0)).as("a target saved shows at once")
				.containsExactly("P1 Pendaftaran", "12", "4", "33,3 %");

			// the summaries change only in a rebuild, which also sets its time: rows taken out by hand stay on the page
			jdbc.update("delete from dashboard_participant_rollup where city_code = ?", CITY);
			assertThat(participants(BASE)).as("kept until the summaries' time changes").isEqualTo("5");
			jdbc.update("update dashboard_refresh set refreshed_at = refreshed_at + interval '1 second'");
			assertThat(participants(BASE)).as("read again after a rebuild, here or by another instance").isEqualTo("0");
		}
		finally {
			jdbc.update("update dashboard_target set target = 10 where year = 2020 and agency_code = 'PPKUKM' and step = 'P1'");
			refresh.refresh();
		}
		assertThat(participants(BASE)).isEqualTo("5");
	}

	@Test
	void thePageSaysHowFreshTheFiguresAre() throws Exception {
		assertThat(page(BASE).getElementById("freshness").text()).startsWith("Data per ");
	}

	private String participants(String url) throws Exception {
		return page(url).getElementById("key-participants").text();
	}

	private Document page(String url) throws Exception {
		String html = mvc.perform(get(url).with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
