package id.jakpreneur.portal.catalogue.domain;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Optional;

import id.jakpreneur.portal.catalogue.query.CatalogueSearchIndex;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's own choice to publish on the Katalog (decision 118): her public profile and her
 * {@code PUBLIC_CATALOGUE} consent are saved together, so nothing is public without both; stopping withdraws the
 * consent (the profile stays hers to reuse, and is deleted at erasure). The caller has checked that the participant
 * herself acts.
 */
@Service
@Transactional
public class Publication {

	/** The version of the text on {@code /me/katalog} ({@code katalog.mine.consent}). */
	public static final String CONSENT_TEXT = "public-catalogue-2026-12";

	private final JdbcClient jdbc;

	private final Consents consents;

	private final Clock clock;

	private final CatalogueSearchIndex search;

	Publication(JdbcClient jdbc, Consents consents, Clock clock, CatalogueSearchIndex search) {
		this.jdbc = jdbc;
		this.search = search;
		this.consents = consents;
		this.clock = clock;
	}

	/** Saves the profile and records the consent (unchanged while one is active). */
	public void publish(long participantId, PublicProfile profile) {
		consents.give(participantId, ConsentPurpose.PUBLIC_CATALOGUE, null, CONSENT_TEXT);
		jdbc.sql("""
				insert into catalogue_profile (participant_id, public_name, description, updated_at)
				values (:participantId, :publicName, :description, :now)
				on conflict (participant_id) do update
				set public_name = excluded.public_name, description = excluded.description, updated_at = excluded.updated_at
				""")
			.param("participantId", participantId)
			.param("publicName", profile.publicName().strip())
			.param("description", blankToNull(profile.description()), Types.VARCHAR)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		search.refresh(participantId);
	}

	/** Withdraws the consent: her products leave {@code /katalog} with the next request. */
	public void stop(long participantId) {
		consents.withdraw(participantId, ConsentPurpose.PUBLIC_CATALOGUE, null);
		search.refresh(participantId);
	}

	@Transactional(readOnly = true)
	public boolean isPublished(long participantId) {
		return consents.isGiven(participantId, ConsentPurpose.PUBLIC_CATALOGUE, null);
	}

	@Transactional(readOnly = true)
	public Optional<PublicProfile> profile(long participantId) {
		return jdbc.sql("select public_name, description from catalogue_profile where participant_id = :participantId")
			.param("participantId", participantId)
			.query((rs, n) -> new PublicProfile(rs.getString("public_name"), rs.getString("description")))
			.optional();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
