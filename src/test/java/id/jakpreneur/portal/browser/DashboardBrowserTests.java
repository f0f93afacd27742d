package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.dashboard.KnownDataset;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province dashboard in real Chromium: every chart is drawn by Chart.js (served from the portal, no inline
 * script), next to its table, on a desktop and on a 360 px phone without sideways scrolling.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 360 })
	void chartsAreDrawnBesideTheirTables(int width) throws Exception {
		KnownDataset.load(jdbc, new TestParticipants(registration, records, accounts));
		refresh.refresh();
		ChromeDriver browser = Browser.start(width, width > 400 ? 900 : 780);
		try {
			Browser.logIn(browser, "http://localhost:" + port + "/login", "admin@demo.local", DemoUsers.PASSWORD);
			browser.get("http://localhost:" + port + "/admin/dashboard?year=2020&city=31.01");

			@SuppressWarnings("unchecked")
			List<Object> drawn = (List<Object>) browser.executeScript("""
					return Array.from(document.querySelectorAll('canvas[data-chart]')).map(function (c) {
					  if (!c.chart) { return 0; }
					  var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, painted = 0;
					  for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted++; } }
					  return painted;
					});
					""");
			assertThat(drawn).allSatisfy(painted -> assertThat(((Number) painted).longValue()).isGreaterThan(500));
			assertThat(drawn).hasSize(7);

			// what an officer reads on each chart: every bar named, people in whole numbers, Rupiah as the tables write it
			@SuppressWarnings("unchecked")
			List<java.util.Map<String, Object>> charts = (List<java.util.Map<String, Object>>) browser.executeScript("""
					return Array.from(document.querySelectorAll('canvas[data-chart]')).map(function (c) {
					  var data = JSON.parse(c.getAttribute('data-chart')), line = data.type === 'line';
					  var values = c.chart.scales[line ? 'y' : 'x'], labels = c.chart.scales[line ? 'x' : 'y'];
					  return { id: c.id, type: data.type, unit: data.unit, bars: data.labels.length,
					    labelled: labels.ticks.length, ticks: values.ticks.map(function (t) { return String(t.label); }),
					    tooltip: c.chart.options.plugins.tooltip.callbacks.label({ dataset: { label: 'x' }, raw: 1500000 }) };
					});
					""");
			assertThat(charts).extracting(c -> c.get("id")).contains("chart-funnel", "chart-phases", "chart-outlets");
			for (java.util.Map<String, Object> chart : charts) {
				if (chart.get("type").equals("bar")) {
					assertThat(chart.get("labelled")).as(chart.get("id") + ": every bar labelled").isEqualTo(chart.get("bars"));
				}
				@SuppressWarnings("unchecked")
				List<String> ticks = (List<String>) chart.get("ticks");
				if (chart.get("unit").equals("count")) {
					assertThat(ticks).as(chart.get("id") + " ticks").allMatch(t -> t.matches("[0-9]{1,3}(\\.[0-9]{3})*"));
					assertThat(chart.get("tooltip")).isEqualTo("x: 1.500.000");
				}
				else {
					assertThat(ticks).as(chart.get("id") + " ticks").allMatch(t -> t.matches("Rp [0-9]+(,[0-9])?( rb| jt| M| T)?"));
					assertThat(chart.get("tooltip")).isEqualTo("x: Rp 1.500.000");
				}
			}
			// 14 programme tables and the 5 of e-Order (summary, month, kota, sector, buying organisations)
			assertThat(browser.findElements(By.cssSelector("table[id^=table-]"))).hasSize(19);
			Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(width);
			Browser.fullPageScreenshot(browser, "dashboard-" + width);

			// a chart with nothing to draw says so in words instead of an empty grid
			browser.get("http://localhost:" + port + "/admin/dashboard?year=2020&city=31.01&sector=JASA");
			assertThat(browser.findElement(By.id("chart-empty-funnel")).getText()).startsWith("Belum ada angka");
			assertThat(Browser.has(browser, By.id("chart-funnel"))).isFalse();
			Browser.fullPageScreenshot(browser, "dashboard-empty-" + width);
		}
		finally {
			browser.quit();
		}
	}

}
