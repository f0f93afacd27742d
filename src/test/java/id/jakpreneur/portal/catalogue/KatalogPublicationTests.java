package id.jakpreneur.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.catalogue.query.Slugs;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 21: a curated product is on /katalog only while it is graded A or B, carries its terms, and its seller is a
 * validated, not erased participant with an enabled account who agreed to publish (PUBLIC_CATALOGUE) with a public
 * profile. Its page and photo follow the same rule; only what she chose to publish is shown, never her name or contact.
 */
@PortalWebTest
class KatalogPublicationTests extends KatalogTestBase {

	@Test
	void aProductIsListedOnlyWhileItsSellerPublishesAndItIsGradedAOrB() throws Exception {
		KatalogFixtures f = fixtures();
		String name = word("Rendang");
		KatalogFixtures.Seller seller = f.seller(name, Grade.A, Sector.KULINER);
		long gradeB = f.product(seller, "Kerupuk " + name, Grade.B, Sector.KULINER);
		long gradeC = f.product(seller, "Sambal " + name, Grade.C, Sector.KULINER);
		String search = "/katalog?q=" + name;

		assertThat(anonymous(search)).as("no consent yet").doesNotContain(row(seller.productId()));
		mvc.perform(get("/katalog/foto/" + seller.productId() + "/360")).andExpect(status().isNotFound());
		mvc.perform(get("/katalog/produk/" + seller.productId())).andExpect(status().isNotFound());

		mvc.perform(post("/me/katalog").param("publicName", "Dapur " + name).param("description", "Masakan Padang rumahan")
			.param("agree", "true").with(user(seller.user())).with(csrf())).andExpect(status().is3xxRedirection());
		String page = anonymous(search);
		assertThat(page).contains(row(seller.productId()), row(gradeB), "Dapur " + name, "Gambir", "pcs")
			.contains("15.000", "18.000")
			.doesNotContain(row(gradeC))
			.doesNotContain("+6281234567890", seller.user().getUsername(), ">" + name + "<");

		String path = Slugs.productPath(seller.productId(), "Produk " + name);
		String product = anonymous(path);
		assertThat(product).contains("Produk " + name, "Dapur " + name, "Masakan Padang rumahan",
				"<link rel=\"canonical\" href=\"http://localhost:8080" + path + "\">",
				"property=\"og:title\"", "property=\"og:image\" content=\"http://localhost:8080/katalog/foto/"
						+ seller.productId() + "/720\"")
			.doesNotContain("+6281234567890", seller.user().getUsername(), "Jl. Uji");
		mvc.perform(get("/katalog/produk/" + seller.productId())).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", path));
		mvc.perform(get("/katalog/produk/" + seller.productId() + "-nama-lama")).andExpect(status().isMovedPermanently());
		assertThat(mvc.perform(get(path).cookie(new jakarta.servlet.http.Cookie("lang", "en"))).andReturn().getResponse()
			.getContentAsString()).contains("Ask the seller");

		MvcResult photo = mvc.perform(get("/katalog/foto/" + seller.productId() + "/360"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=600")))
			.andReturn();
		String etag = photo.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/katalog/foto/" + seller.productId() + "/360").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/katalog/foto/" + seller.productId() + "/361")).andExpect(status().isNotFound());
		mvc.perform(get("/katalog/foto/" + gradeC + "/360")).andExpect(status().isNotFound());

		mvc.perform(post("/me/privacy/consents/withdraw").param("purpose", "PUBLIC_CATALOGUE")
			.with(user(seller.user())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(anonymous(search)).doesNotContain(row(seller.productId())).doesNotContain(row(gradeB));
		mvc.perform(get("/katalog/foto/" + seller.productId() + "/360")).andExpect(status().isNotFound());
		mvc.perform(get("/katalog/foto/" + seller.productId() + "/360").header("If-None-Match", etag))
			.andExpect(status().isNotFound());
		mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void anErasedOrDeactivatedOrUnvalidatedSellerIsNotListed() throws Exception {
		KatalogFixtures f = fixtures();
		String name = word("Tempe");
		KatalogFixtures.Seller erased = f.published(name + " Satu", Grade.A, Sector.KULINER);
		KatalogFixtures.Seller closed = f.published(name + " Dua", Grade.A, Sector.KULINER);
		KatalogFixtures.Seller returned = f.published(name + " Tiga", Grade.B, Sector.KULINER);
		assertThat(anonymous("/katalog?q=" + name)).contains(row(erased.productId()), row(closed.productId()),
				row(returned.productId()));

		jdbc.update("update participant set erased_at = now() where id = ?", erased.participantId());
		jdbc.update("update account set deactivated_at = now() where id = ?", closed.user().accountId());
		jdbc.update("update participant set status = 'RETURNED', return_reason = 'Data belum lengkap' where id = ?",
				returned.participantId());

		String page = anonymous("/katalog?q=" + name);
		assertThat(page).doesNotContain(row(erased.productId()), row(closed.productId()), row(returned.productId()));
		mvc.perform(get("/katalog/foto/" + erased.productId() + "/360")).andExpect(status().isNotFound());
		mvc.perform(get("/katalog/produk/" + closed.productId())).andExpect(status().isNotFound());
	}

	@Test
	void herFormsAreValidatedAndSaveNothingWrong() throws Exception {
		KatalogFixtures f = fixtures();
		String name = word("Bakso");
		KatalogFixtures.Seller seller = f.seller(name, Grade.A, Sector.KULINER);
		KatalogFixtures.Seller other = f.seller(name + " Lain", Grade.A, Sector.KULINER);

		String refused = mvc.perform(post("/me/katalog").param("publicName", " ").param("description", "<b>x</b>")
			.with(user(seller.user())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Wajib diisi.", "Tanda &lt; dan &gt; tidak boleh dipakai.",
				"Centang persetujuan untuk menerbitkan.");
		assertThat(publication.isPublished(seller.participantId())).isFalse();
		assertThat(publication.profile(seller.participantId())).isEmpty();

		String prices = mvc.perform(post("/me/outlets/products/" + seller.productId() + "/listing")
			.param("unit", "kg").param("minimumOrder", "0").param("priceFrom", "20.000").param("priceTo", "15.000")
			.with(user(seller.user())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(prices).contains("Isi angka 1 sampai 100.000.",
				"Harga &quot;sampai&quot; tidak boleh lebih kecil dari harga &quot;mulai dari&quot;.");
		assertThat(listings.terms(seller.productId())).contains(KatalogFixtures.TERMS);

		mvc.perform(post("/me/outlets/products/" + seller.productId() + "/listing").param("unit", "kg")
			.param("minimumOrder", "5").param("priceFrom", "20.000").param("priceTo", "25.000")
			.with(user(seller.user())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(listings.terms(seller.productId())).hasValueSatisfying(t -> {
			assertThat(t.unit()).isEqualTo("kg");
			assertThat(t.priceTo()).isEqualTo(25_000);
		});
		mvc.perform(post("/me/outlets/products/" + other.productId() + "/listing").param("unit", "kg")
			.param("minimumOrder", "5").param("priceFrom", "1").param("priceTo", "2")
			.with(user(seller.user())).with(csrf())).andExpect(status().isNotFound());
		assertThat(listings.terms(other.productId())).contains(KatalogFixtures.TERMS);
	}

	@Test
	void theSitemapAndRobotsNameThePublishedPages() throws Exception {
		KatalogFixtures.Seller seller = fixtures().published(word("Kopi"), Grade.A, Sector.KULINER);
		String name = "Produk " + seller.publicName().substring("Toko ".length());
		String sitemap = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/xml")))
			.andReturn().getResponse().getContentAsString();
		assertThat(sitemap).startsWith("<?xml").contains("<loc>http://localhost:8080/</loc>",
				"<loc>http://localhost:8080/katalog</loc>",
				"<loc>http://localhost:8080" + Slugs.productPath(seller.productId(), name) + "</loc>");
		assertThat(anonymous("/robots.txt")).contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /me");
	}

}
