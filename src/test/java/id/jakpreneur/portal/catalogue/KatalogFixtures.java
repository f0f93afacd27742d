package id.jakpreneur.portal.catalogue;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.catalogue.domain.PublicProfile;
import id.jakpreneur.portal.catalogue.domain.Publication;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.OutletFixtures;
import id.jakpreneur.portal.outlet.PhotoFixtures;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.ListingTerms;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.ProductDraft;
import id.jakpreneur.portal.outlet.domain.ProductListings;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sellers for the Katalog's tests: a validated participant in Gambir whose account she activated, with curated
 * products (name "Produk " + the given name) carrying listing terms, and, when asked, her business published.
 */
class KatalogFixtures {

	static final ListingTerms TERMS = new ListingTerms("pcs", 10, 15_000, 18_000);

	private final OutletFixtures outlet;

	private final ProductCuration curation;

	private final ProductListings listings;

	private final Publication publication;

	private final JdbcTemplate jdbc;

	KatalogFixtures(OutletManagement outlets, ProductCuration curation, Registration registration,
			ParticipantRecords records, AccountManagement accounts, ProductListings listings, Publication publication,
			JdbcTemplate jdbc) {
		this.outlet = new OutletFixtures(outlets, curation, registration, records, accounts);
		this.curation = curation;
		this.listings = listings;
		this.publication = publication;
		this.jdbc = jdbc;
	}

	/** A seller with one product of this grade and sector, with terms; not yet published. */
	Seller seller(String name, Grade grade, Sector sector) {
		OutletFixtures.Curated curated = outlet.curated(name, grade, sector);
		jdbc.update("update account set enabled = true where id = ?", curated.user().accountId());
		listings.save(curated.productId(), TERMS);
		return new Seller(curated.participantId(), curated.user(), curated.productId(), "Toko " + name);
	}

	/** The same, published with the public name "Toko " + name. */
	Seller published(String name, Grade grade, Sector sector) {
		Seller seller = seller(name, grade, sector);
		publish(seller);
		return seller;
	}

	void publish(Seller seller) {
		publication.publish(seller.participantId(), new PublicProfile(seller.publicName(), "Deskripsi " + seller.publicName()));
	}

	/** Another curated product of hers, with terms; its id. */
	long product(Seller seller, String name, Grade grade, Sector sector) {
		long product = curation.submit(seller.user(), new ProductDraft(name, sector, 20_000, "Kotak kertas", null, null, null),
				PhotoFixtures.png());
		curation.verify(outlet.user("mentor@demo.local"), product, true, null);
		curation.validate(outlet.officer(), product, true, null);
		curation.grade(outlet.officer(), product, grade, "Catatan kurator");
		listings.save(product, TERMS);
		return product;
	}

	PortalUser officer() {
		return outlet.officer();
	}

	record Seller(long participantId, PortalUser user, long productId, String publicName) {
	}

}
