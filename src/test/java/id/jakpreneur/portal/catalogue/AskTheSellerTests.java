package id.jakpreneur.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.catalogue.query.Slugs;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 21: anyone asks a seller about a published product without logging in; the question reaches her as a notice
 * naming the asker's contact, while the asker never sees hers. The form is validated, and limited per address.
 */
@PortalWebTest
class AskTheSellerTests extends KatalogTestBase {

	@Test
	void aQuestionReachesTheSellerAsANoticeAndNeverShowsHerContact() throws Exception {
		KatalogFixtures.Seller seller = fixtures().published(word("Kue"), Grade.A, Sector.KULINER);
		String path = "/katalog/produk/" + seller.productId() + "/tanya";
		String form = anonymous(path);
		assertThat(form).contains("Tanya penjual", seller.publicName())
			.doesNotContain("+6281234567890", seller.user().getUsername());

		String answer = mvc.perform(ask(path, "Bu Ani", "ani@contoh.id", "Bisa pesan 200 kotak untuk Jumat depan?")
			.with(from("10.21.0.1")))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(answer).isEqualTo(Slugs.productPath(seller.productId(), "Produk " + seller.publicName().substring(5)));

		SentNotices sent = new SentNotices(jdbc);
		SentNotices.Bell notice = sent.one(seller.user().accountId(), "SELLER_QUESTION",
				"/me/outlets/products/" + seller.productId(), "id", seller.user().getUsername());
		assertThat(notice.args()).containsExactly("Produk " + seller.publicName().substring(5), "Bu Ani", "ani@contoh.id",
				"\u201cBisa pesan 200 kotak untuk Jumat depan?\u201d");

		mvc.perform(ask(path, "Pak Budi", "0812-9876-5432", "Berapa harga untuk 50 pcs?").with(from("10.21.0.2")))
			.andExpect(status().isFound());
		assertThat(sent.bell(seller.user().accountId(), "SELLER_QUESTION")).hasSize(2).last()
			.satisfies(bell -> assertThat(bell.args()).contains("+6281298765432"));
	}

	@Test
	void aWrongQuestionIsAnsweredBesideItsFieldsAndSendsNothing() throws Exception {
		KatalogFixtures.Seller seller = fixtures().published(word("Dodol"), Grade.B, Sector.KULINER);
		String path = "/katalog/produk/" + seller.productId() + "/tanya";
		String page = mvc.perform(ask(path, "msg:notification.kind.SELLER_QUESTION", "bukan-kontak", "pendek")
			.with(from("10.21.1.1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Tulis nama dengan huruf saja.", "Tulis alamat e-mail atau nomor HP Indonesia (08...).",
				"Tulis 10 sampai 1.000 huruf.");
		assertThat(new SentNotices(jdbc).count(seller.user().accountId(), "SELLER_QUESTION")).isZero();

		mvc.perform(ask("/katalog/produk/999999999/tanya", "Ani", "ani@contoh.id", "Pertanyaan yang cukup panjang")
			.with(from("10.21.1.2"))).andExpect(status().isNotFound());
		mvc.perform(get("/katalog/produk/" + seller.productId() + "x/tanya")).andExpect(status().isNotFound());
	}

	@Test
	void oneAddressMayAskFiveTimesAnHour() throws Exception {
		KatalogFixtures.Seller seller = fixtures().published(word("Lapis"), Grade.A, Sector.KULINER);
		String path = "/katalog/produk/" + seller.productId() + "/tanya";
		for (int i = 0; i < 5; i++) {
			mvc.perform(ask(path, "Ani", "ani@contoh.id", "Pertanyaan nomor " + i + " tentang stok").with(from("10.21.2.1")))
				.andExpect(status().isFound());
		}
		String refused = mvc.perform(ask(path, "Ani", "ani@contoh.id", "Pertanyaan keenam tentang stok")
			.with(from("10.21.2.1")))
			.andExpect(status().isTooManyRequests())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Terlalu banyak pesan dalam waktu singkat.");
		mvc.perform(ask(path, "Ani", "ani@contoh.id", "Dari alamat lain tentang stok").with(from("10.21.2.2")))
			.andExpect(status().isFound());
		assertThat(new SentNotices(jdbc).bell(seller.user().accountId(), "SELLER_QUESTION")).hasSize(6);
	}

	private static MockHttpServletRequestBuilder ask(String path, String name, String replyTo, String message) {
		return post(path).param("name", name).param("replyTo", replyTo).param("message", message).with(csrf());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
