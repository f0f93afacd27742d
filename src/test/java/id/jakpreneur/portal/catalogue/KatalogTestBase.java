package id.jakpreneur.portal.catalogue;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.catalogue.domain.Publication;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.ProductListings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** What the Katalog's web tests share: the fixtures, an anonymous visitor's GET, and a word no other test uses. */
abstract class KatalogTestBase {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ProductListings listings;

	@Autowired
	Publication publication;

	KatalogFixtures fixtures() {
		return new KatalogFixtures(outlets, curation, registration, records, accounts, listings, publication, jdbc);
	}

	/** A made-up word (letters only), so a search finds only this test's products. */
	static String word(String prefix) {
		StringBuilder letters = new StringBuilder(prefix);
		for (char hex : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			letters.append((char) ('a' + Character.digit(hex, 16)));
		}
		return letters.toString();
	}

	String anonymous(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static String row(long productId) {
		return "data-product=\"" + productId + "\"";
	}

}
