package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21: an anonymous visitor on a 360 px phone finds the demo seller's batik in the Katalog by typing a word,
 * opens its page and asks the seller; the same at 1280 px in English. Nothing is wider than the screen, photos load,
 * and the page passes axe (every page a browser test loads). Full-page screenshots of each step.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class KatalogBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void anAnonymousVisitorFindsAProductBySearchOnAPhone() throws Exception {
		visit(360, "id", "Nama Anda", "Pertanyaan Anda sudah dikirim");
	}

	@Test
	void theSameOnAScreenInEnglish() throws Exception {
		visit(1280, "en", "Your name", "Your question has been sent");
	}

	private void visit(int width, String lang, String nameLabel, String sent) throws Exception {
		ChromeDriver browser = Browser.start(width, width > 400 ? 900 : 780);
		try {
			browser.get(url("/katalog?lang=" + lang));
			shot(browser, "katalog-list-" + lang + "-" + width);
			assertThat(Browser.pageWidth(browser)).as("list width").isLessThanOrEqualTo(width);

			Browser.type(browser, "q", "ondel");
			Browser.click(browser, browser.findElement(By.cssSelector("form[role=search] button[type=submit]")));
			Browser.urlOnceItEndsWith(browser, "?q=ondel&sektor=&kecamatan=&tanda=");
			WebElement card = browser.findElement(By.cssSelector(".katalog-cards [data-product]"));
			assertThat(browser.findElements(By.cssSelector(".katalog-cards [data-product]"))).hasSize(1);
			assertThat(card.getText()).contains("Kain Batik Tulis Motif Ondel-ondel", "Batik Tulis Dewi", "Rp 450.000");
			Boolean loaded = (Boolean) browser.executeScript(
					"const i = arguments[0].querySelector('img'); return i.complete && i.naturalWidth > 0;", card);
			assertThat(loaded).as("the card's photo loads").isTrue();
			shot(browser, "katalog-search-" + lang + "-" + width);

			Browser.click(browser, card.findElement(By.cssSelector("a.katalog-name")));
			String product = Browser.urlOnceItEndsWith(browser, "-kain-batik-tulis-motif-ondel-ondel");
			assertThat(product).matches(".*/katalog/produk/\\d+-kain-batik-tulis-motif-ondel-ondel$");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kain Batik Tulis Motif Ondel-ondel");
			assertThat(browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href")).endsWith(
					product.substring(product.indexOf("/katalog/")));
			assertThat(browser.getPageSource()).doesNotContain("dewi@demo.local");
			assertThat(Browser.pageWidth(browser)).as("product page width").isLessThanOrEqualTo(width);
			shot(browser, "katalog-product-" + lang + "-" + width);

			Browser.click(browser, browser.findElement(By.cssSelector("a[href$='/tanya']")));
			Browser.urlOnceItEndsWith(browser, "/tanya");
			assertThat(browser.findElement(By.cssSelector("label[for=name]")).getText()).isEqualTo(nameLabel);
			Browser.type(browser, "name", "Rina");
			Browser.type(browser, "replyTo", "rina@contoh.id");
			Browser.type(browser, "message", "Apakah bisa pesan 20 lembar untuk seragam kantor?");
			shot(browser, "katalog-ask-" + lang + "-" + width);
			Browser.click(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
			Browser.urlOnceItEndsWith(browser, "-kain-batik-tulis-motif-ondel-ondel");
			assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains(sent);
		}
		finally {
			browser.quit();
		}
	}

	/** Taken before the checks that follow, so a failing page can be looked at (target/screenshots). */
	private static void shot(ChromeDriver browser, String name) throws Exception {
		Browser.fullPageScreenshot(browser, name);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
