package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import id.jakpreneur.portal.eorder.EOrderFixtures;
import id.jakpreneur.portal.eorder.EOrderFixtures.Buyer;
import id.jakpreneur.portal.eorder.EOrderFixtures.Seller;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Real Chromium through e-Order (issue 21): a visitor requests a buyer account on a phone; the buyer asks for a quote
 * on a 360 px phone, the entrepreneur answers on a desktop, the buyer orders; the administrator's buyer pages. Every
 * page is checked by axe-core and must fit the phone; screenshots at 1280 and 360 px.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class EOrderBrowserTests {

	/** Where the screenshots of e-Order are kept beside the build's own copy. */
	private static final Path SHOTS = Path.of(System.getProperty("eorder.shots", "target/screenshots/eorder"));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aBuyerAsksOnAPhoneTheEntrepreneurQuotesOnADesktopAndTheBuyerOrders() throws Exception {
		EOrderFixtures fixtures = new EOrderFixtures(context);
		Seller seller = fixtures.seller("Batik Browser");
		Buyer buyer = fixtures.buyer("Dinas Browser");
		ChromeDriver phone = Browser.start(360, 780);
		ChromeDriver desk = Browser.start(1280, 900);
		try {
			phone.get(url("/pembeli/daftar"));
			Browser.clickThrough(phone, phone.findElement(By.cssSelector("main button[type=submit]")));
			assertThat(phone.findElement(By.id("organisationName-error")).getText()).isEqualTo("Wajib diisi.");
			shot(phone, "request-errors-360");
			desk.get(url("/pembeli/daftar"));
			shot(desk, "request-1280");

			Browser.logIn(phone, url("/login"), buyer.email(), TestParticipants.PASSWORD);
			phone.get(url("/buyer/orders/find?q=Batik+Browser"));
			shot(phone, "buyer-find-360");
			Browser.clickThrough(phone, phone.findElement(By.cssSelector("a[href*='/buyer/orders/new?business=']")));
			Browser.type(phone, "quantity-" + seller.productId(), "12");
			setDate(phone, "deliveryDate", LocalDate.now().plusDays(10));
			Browser.type(phone, "deliveryPlace", "Gedung Dinas Browser Lt. 2");
			shot(phone, "buyer-ask-360");
			Browser.clickThrough(phone, phone.findElement(By.cssSelector("main form button[type=submit]")));
			String orderPath = phone.getCurrentUrl().replace(url(""), "");
			assertThat(orderPath).startsWith("/buyer/orders/");
			long id = Long.parseLong(orderPath.substring("/buyer/orders/".length()));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("Permintaan penawaran");
			shot(phone, "buyer-order-requested-360");

			Browser.logIn(desk, url("/login"), seller.user().getUsername(), TestParticipants.PASSWORD);
			desk.get(url("/me/orders"));
			shot(desk, "seller-orders-1280");
			desk.get(url("/me/orders/" + id));
			Browser.type(desk, "price-1", "25.000");
			setDate(desk, "canDeliverBy", LocalDate.now().plusDays(7));
			shot(desk, "seller-quote-1280");
			Browser.clickThrough(desk, desk.findElement(By.cssSelector("form[action$='/quote'] button[type=submit]")));
			assertThat(desk.findElement(By.cssSelector("tfoot")).getText()).contains("Rp 300.000");

			phone.get(url(orderPath));
			Browser.clickThrough(phone, phone.findElement(By.cssSelector("form[action$='/order'] button[type=submit]")));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("Pesanan terkirim");
			shot(phone, "buyer-order-ordered-360");
			desk.get(url("/me/orders/" + id));
			shot(desk, "seller-order-ordered-1280");
			phone.get(url("/buyer"));
			shot(phone, "buyer-home-360");

			ChromeDriver admin = Browser.start(1280, 900);
			try {
				Browser.logIn(admin, url("/login"), "admin@demo.local", DemoUsers.PASSWORD);
				admin.get(url("/admin/buyers"));
				shot(admin, "admin-buyers-1280");
				admin.get(url("/admin/buyers/" + buyer.scope().organisationId()));
				shot(admin, "admin-organisation-1280");
				admin.get(url("/admin/buyers/new"));
				shot(admin, "admin-organisation-new-1280");
				admin.get(url("/admin/buyers/requests"));
				shot(admin, "admin-requests-1280");
			}
			finally {
				admin.quit();
			}
		}
		finally {
			phone.quit();
			desk.quit();
		}
	}

	@Test
	void theOrderPagesFitAPhoneAndADesktop() throws Exception {
		EOrderFixtures fixtures = new EOrderFixtures(context);
		Seller seller = fixtures.seller("Batik Lebar");
		Buyer buyer = fixtures.buyer("Dinas Lebar");
		long id = fixtures.confirmed(buyer, seller, 40, 27_500);
		for (int width : new int[] { 360, 1280 }) {
			ChromeDriver buyerBrowser = Browser.start(width, 800);
			ChromeDriver sellerBrowser = Browser.start(width, 800);
			try {
				Browser.logIn(buyerBrowser, url("/login"), buyer.email(), TestParticipants.PASSWORD);
				buyerBrowser.get(url("/buyer/orders/" + id));
				assertThat(Browser.pageWidth(buyerBrowser)).isLessThanOrEqualTo(width);
				shot(buyerBrowser, "buyer-order-confirmed-" + width);
				Browser.logIn(sellerBrowser, url("/login"), seller.user().getUsername(), TestParticipants.PASSWORD);
				sellerBrowser.get(url("/me/orders/" + id));
				assertThat(Browser.pageWidth(sellerBrowser)).isLessThanOrEqualTo(width);
				shot(sellerBrowser, "seller-order-confirmed-" + width);
				sellerBrowser.get(url("/me/orders"));
				shot(sellerBrowser, "seller-orders-" + width);
				buyerBrowser.get(url("/buyer"));
				shot(buyerBrowser, "buyer-home-" + width);
			}
			finally {
				buyerBrowser.quit();
				sellerBrowser.quit();
			}
		}
	}

	private void shot(ChromeDriver driver, String name) throws IOException {
		Path taken = Browser.fullPageScreenshot(driver, "eorder-" + name);
		Files.createDirectories(SHOTS);
		Files.copy(taken, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static void setDate(ChromeDriver browser, String id, LocalDate date) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
