package id.jakpreneur.portal.catalogue.domain;

import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data: Dewi (dewi@demo.local), whose batik products are curated and carry their listing terms (outlet's demo
 * data), publishes her business in the Katalog, so the demo's {@code /katalog} shows her products. Only in demo mode;
 * idempotent (once she has a public profile, nothing is done).
 */
@Component
@Order(40)
class DemoCatalogue implements DemoData {

	static final String EMAIL = "dewi@demo.local";

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

	private final JdbcClient jdbc;

	private final Publication publication;

	DemoCatalogue(JdbcClient jdbc, Publication publication) {
		this.jdbc = jdbc;
		this.publication = publication;
	}

	@Override
	public void createDemoData() {
		jdbc.sql("""
				select p.id from participant_directory p join account_directory a on a.id = p.account_id
				where lower(a.email) = :email and p.erased_at is null
				  and not exists (select 1 from catalogue_profile cp where cp.participant_id = p.id)
				""")
			.param("email", EMAIL)
			.query(Long.class)
			.optional()
			.ifPresent(dewi -> {
				publication.publish(dewi, new PublicProfile("Batik Tulis Dewi",
						"Batik tulis tangan motif Betawi: kain, syal dan pesanan seragam untuk kantor dan sekolah."));
				log.info("Demo mode is on: Dewi's business published in the Katalog");
			});
	}

}
