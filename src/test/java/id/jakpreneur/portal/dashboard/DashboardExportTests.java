package id.jakpreneur.portal.dashboard;

import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import static id.jakpreneur.portal.dashboard.KnownDataset.CITY;
import static id.jakpreneur.portal.dashboard.KnownDataset.NORTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every dashboard table exported as CSV and XLSX says what the page says, with the same filters; and open data. */
@PortalWebTest
class DashboardExportTests {

	static final List<String> TABLES = List.of("funnel", "phases", "monthly", "transitions", "stalls-district",
			"stalls-mentor", "mentor-load", "mentor-summary", "outlets", "targets-total", "targets", "districts");

	static final String QUERY = "?year=2020&city=" + CITY;

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
	void everyCsvExportEqualsThePage() throws Exception {
		for (String query : List.of(QUERY, QUERY + "&district=" + NORTH + "&sector=KULINER", "")) {
			Document page = Jsoup.parse(html("/admin/dashboard" + query, Role.ADMIN));
			for (String table : TABLES) {
				List<List<String>> csv = csv(new String(bytes("/admin/dashboard/export/" + table + ".csv" + query),
						StandardCharsets.UTF_8));
				assertThat(csv.get(0)).as(table + " headers").isEqualTo(DashboardPages.headers(page, table));
				List<List<String>> shown = DashboardPages.rows(page, table).stream()
					.map(row -> row.stream().map(DashboardExportTests::asExported).toList())
					.toList();
				assertThat(csv.subList(1, csv.size())).as(table + " rows for " + query).isEqualTo(shown);
			}
		}
	}

	@Test
	void everyXlsxExportEqualsTheCsv() throws Exception {
		for (String table : TABLES) {
			List<List<String>> csv = csv(new String(bytes("/admin/dashboard/export/" + table + ".csv" + QUERY),
					StandardCharsets.UTF_8));
			try (XSSFWorkbook book = new XSSFWorkbook(
					new ByteArrayInputStream(bytes("/admin/dashboard/export/" + table + ".xlsx" + QUERY)))) {
				Sheet sheet = book.getSheetAt(0);
				for (int r = 0; r < csv.size(); r++) {
					Row row = sheet.getRow(r + 1);
					for (int c = 0; c < csv.get(r).size(); c++) {
						String expected = csv.get(r).get(c);
						Cell cell = row.getCell(c);
						if (cell == null || cell.getCellType() == CellType.BLANK) {
							assertThat(expected).as(table + " " + r + "," + c).isEmpty();
						}
						else if (cell.getCellType() == CellType.NUMERIC) {
							assertThat(cell.getNumericCellValue()).as(table + " " + r + "," + c)
								.isEqualTo(Double.parseDouble(expected));
						}
						else {
							assertThat(cell.getStringCellValue()).as(table + " " + r + "," + c).isEqualTo(expected);
						}
					}
				}
			}
		}
	}

	@Test
	void exportsAreFilesWithTheirNames() throws Exception {
		mvc.perform(get("/admin/dashboard/export/funnel.xlsx").with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"dashboard-funnel-")));
		mvc.perform(get("/admin/dashboard/export/nothing.csv").with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/dashboard/export/funnel.pdf").with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void openDataHasAggregatesOnlyAndSuppressesCountsUnderFive() throws Exception {
		String text = new String(bytes("/admin/dashboard/open-data.csv" + QUERY), StandardCharsets.UTF_8);
		List<List<String>> rows = csv(text);
		assertThat(rows.get(0)).containsExactly("kode_kota", "kota", "kode_kecamatan", "kecamatan", "peserta",
				"tercapai_p1", "tercapai_p2", "tercapai_p3", "tercapai_p4", "tercapai_p5", "tercapai_p6",
				"tercapai_p7", "naik_kelas", "macet_90_hari");
		// Kepulauan Seribu Utara has 3 participants: every count is under 5
		assertThat(rows).contains(List.of("31.01", "Kabupaten Administrasi Kepulauan Seribu", "31.01.01",
				"Kepulauan Seribu Utara", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5"));
		assertThat(text).doesNotContain("Ani Seribu", "Budi Seribu", KnownDataset.M1, "@", "3171");
		assertEverySmallCountSuppressed(csv(new String(bytes("/admin/dashboard/open-data.csv"), StandardCharsets.UTF_8)));
	}

	@Test
	void theOpenDataLinkOfThePageDownloadsTheFileWithThePageFilters() throws Exception {
		for (String query : List.of("", QUERY)) {
			Document page = Jsoup.parse(html("/admin/dashboard" + query, Role.ADMIN));
			String link = page.select("a[href*=open-data]").attr("href");
			assertThat(link).isEqualTo("/admin/dashboard/open-data.csv" + query);
			assertThat(new String(bytes(link), StandardCharsets.UTF_8)).contains("kode_kecamatan");
		}
	}

	@Test
	void officersSeeOnlyTheirAreaAndAreRefusedOthersEvenThroughTheUrl() throws Exception {
		var officer = DemoUsers.as(accounts, Role.OFFICER); // Jakarta Pusat, 31.71
		for (String url : List.of("/officer/dashboard?city=" + CITY, "/officer/dashboard?district=" + NORTH,
				"/officer/dashboard?village=" + KnownDataset.PANGGANG, "/officer/dashboard?city=31.72",
				"/officer/dashboard/export/funnel.csv?city=" + CITY, "/officer/dashboard/export/districts.xlsx?district=" + NORTH)) {
			mvc.perform(get(url).with(officer)).andExpect(status().isForbidden());
		}
		Document own = Jsoup.parse(html("/officer/dashboard", Role.OFFICER));
		assertThat(DashboardPages.rows(own, "districts")).allSatisfy(
				row -> assertThat(row.get(1)).isEqualTo("Kota Administrasi Jakarta Pusat"));
		assertThat(own.select("#city option").eachAttr("value")).containsExactly("", "31.71");
		assertThat(own.text()).doesNotContain("Kepulauan Seribu");
		// the same through an export
		List<List<String>> exported = csv(new String(bytes("/officer/dashboard/export/districts.csv", Role.OFFICER),
				StandardCharsets.UTF_8));
		assertThat(exported.subList(1, exported.size())).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Kota Administrasi Jakarta Pusat"));
		mvc.perform(get("/officer/dashboard?city=31.71&district=31.71.01").with(officer)).andExpect(status().isOk());
		// administrators may look at any area through either address
		mvc.perform(get("/officer/dashboard?city=" + CITY).with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk());
	}

	private static void assertEverySmallCountSuppressed(List<List<String>> rows) {
		for (List<String> row : rows.subList(1, rows.size())) {
			for (String cell : row.subList(4, row.size())) {
				assertThat(cell.equals("<5") || Long.parseLong(cell) >= 5).as(String.join(",", row)).isTrue();
			}
		}
	}

	/** A page cell as the CSV writes it: numbers without grouping, a decimal point, no %, nothing for a dash. */
	static String asExported(String shown) {
		if (shown.equals("–")) {
			return "";
		}
		if (shown.matches("[▲●▼] .*")) {
			return shown.substring(2);
		}
		if (shown.matches("-?[0-9.]+(,[0-9]+)?( %)?")) {
			return shown.replace(" %", "").replace(".", "").replace(',', '.');
		}
		return shown;
	}

	/** RFC 4180 CSV (quotes, doubled quotes), the byte-order mark dropped. */
	static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < body.length(); i++) {
			char ch = body.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					cell.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (ch == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (ch != '\r') {
				cell.append(ch);
			}
		}
		return rows;
	}

	private String html(String url, Role role) throws Exception {
		return mvc.perform(get(url).with(DemoUsers.as(accounts, role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] bytes(String url) throws Exception {
		return bytes(url, Role.ADMIN);
	}

	private byte[] bytes(String url, Role role) throws Exception {
		return mvc.perform(get(url).with(DemoUsers.as(accounts, role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
