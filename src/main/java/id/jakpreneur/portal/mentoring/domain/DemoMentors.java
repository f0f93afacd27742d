package id.jakpreneur.portal.mentoring.domain;

import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo mentor (mentor@demo.local) a mentor profile in demo mode: a PJLP of Dinas PPKUKM covering Gambir
 * and Menteng, for marketing, legality and bookkeeping, capacity 10. Idempotent: an existing profile is left as it
 * is (the unique account constraint decides between instances starting at once).
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoMentors implements DemoData {

	static final String EMAIL = "mentor@demo.local";

	static final Set<String> DISTRICTS = Set.of("31.71.01", "31.71.06");

	private static final Logger log = LoggerFactory.getLogger(DemoMentors.class);

	private final AccountManagement accounts;

	private final JdbcClient jdbc;

	DemoMentors(AccountManagement accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void createDemoData() {
		PortalUser mentor;
		try {
			mentor = (PortalUser) accounts.loadUserByUsername(EMAIL);
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		Long id = jdbc.sql("""
				insert into mentor (account_id, full_name, phone, kind, agency_code, languages, capacity_limit, capacity,
				    created_by)
				values (:accountId, :fullName, '+6281298765432', 'PJLP', :agency, :languages, 10, 10, :accountId)
				on conflict (account_id) do nothing returning id
				""")
			.param("accountId", mentor.accountId())
			.param("fullName", mentor.fullName())
			.param("agency", AssessmentReference.LEAD_AGENCY)
			.param("languages", new String[] { MentorLanguage.INDONESIAN.name(), MentorLanguage.BETAWI.name() })
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			return;
		}
		for (Track track : Set.of(Track.MARKETING_AND_DIGITAL, Track.LEGALITY_AND_STANDARDS,
				Track.FINANCE_AND_BOOKKEEPING)) {
			jdbc.sql("insert into mentor_track (mentor_id, track) values (:id, :track)")
				.param("id", id)
				.param("track", track.name())
				.update();
		}
		for (String district : DISTRICTS) {
			jdbc.sql("insert into mentor_district (mentor_id, district_code) values (:id, :district)")
				.param("id", id)
				.param("district", district)
				.update();
		}
		log.info("Demo mode is on: demo mentor profile created (Gambir and Menteng, capacity 10)");
	}

}
