package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real Chromium, issue 22: the demo citizen gives her catalogue consent on /me/privacy on a 360 px phone, the demo
 * partner finds her curated product on /partner/products; she withdraws it (the consequence is written beside the
 * button) and the partner's next look no longer shows it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class ConsentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sheWithdrawsHerCatalogueConsentAndHerProductLeavesWhatThePartnerSees() throws Exception {
		long product = jdbc.queryForObject("""
				select pr.id from outlet_product pr join participant p on p.id = pr.participant_id
				join account a on a.id = p.account_id
				where a.email = 'warga@demo.local' and pr.status = 'GRADED' and pr.grade in ('A', 'B')
				order by pr.id limit 1
				""", Long.class);
		String sector = jdbc.queryForObject("select sector from outlet_product where id = ?", String.class, product);
		String row = "tr[data-product='" + product + "']";
		ChromeDriver phone = Browser.start(360, 780);
		ChromeDriver partner = Browser.start(1280, 900);
		try {
			Browser.logIn(phone, url("/login"), "warga@demo.local", DemoUsers.PASSWORD);
			Browser.logIn(partner, url("/login"), "partner@demo.local", DemoUsers.PASSWORD);

			phone.get(url("/me/privacy"));
			WebElement catalogue = phone.findElement(By.cssSelector("[data-consent='CATALOGUE']"));
			Browser.clickThrough(phone, catalogue.findElement(By.cssSelector("form[action$='/give'] button")));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("Persetujuan katalog");

			partner.get(url("/partner/products?sector=" + sector));
			assertThat(partner.findElements(By.cssSelector(row))).hasSize(1);
			assertThat(partner.findElement(By.cssSelector(row)).getText()).doesNotContain("Siti Rahmawati");
			Browser.screenshot(partner, "consent-catalogue-partner-1280");

			phone.get(url("/me/privacy"));
			catalogue = phone.findElement(By.cssSelector("[data-consent='CATALOGUE']"));
			assertThat(catalogue.getText()).contains("langsung hilang dari katalog");
			Browser.fullPageScreenshot(phone, "consent-privacy-360");
			Browser.clickThrough(phone, catalogue.findElement(By.cssSelector("form[action$='/withdraw'] button")));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("tidak lagi tampil");

			partner.get(url("/partner/products?sector=" + sector));
			List<WebElement> left = Browser.elementsNow(partner, By.cssSelector(row));
			assertThat(left).isEmpty();
		}
		finally {
			phone.quit();
			partner.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
