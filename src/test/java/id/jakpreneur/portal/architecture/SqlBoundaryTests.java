package id.jakpreneur.portal.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jakpreneur.portal.architecture.MainSources.SourceFile;
import id.jakpreneur.portal.shared.PublishedViews;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's SQL reads and writes only its own tables, or views that another module publishes for it
 * ({@link PublishedViews} on the owner's package-info). Every table and view of the schema has one owner here.
 */
@DataJpaTest
@PostgresTest
class SqlBoundaryTests {

	/** Tables and unpublished views by owning module. A new table needs an owner here before it may be used. */
	static final Map<String, Set<String>> OWNED = Map.ofEntries(
			entry("account", Set.of("account", "account_area", "account_audit", "account_secret", "login_failure",
					"spring_session", "spring_session_attributes")),
			entry("region", Set.of("region")),
			entry("entrepreneur", Set.of("participant", "participant_change", "participant_channel",
					"participant_licence", "consent", "personal_data_access", "personal_data_reveal_alert",
					"personal_data_rekey", "registration_claim", "registration_attempt", "registration_draft",
					"deletion_request", "retention_run")),
			entry("assessment", Set.of("assessment", "assessment_current", "assessment_job", "assessment_job_event",
					"development_phase",
					"mentoring_track", "fostering_agency", "step_definition", "participant_step_completion",
					"phase_change", "participant_step")),
			entry("mentoring", Set.of("mentor", "mentor_assignment", "mentor_change_request", "mentor_district",
					"mentor_track", "mentoring_action", "mentoring_session", "mentee_preference")),
			entry("notification", Set.of("notification", "outbox_message")),
			entry("partner", Set.of("partner_contact", "partner_offer", "partner_organisation", "partner_referral",
					"partner_referral_event", "capital_application")),
			entry("training", Set.of("training_attendance", "training_certificate", "training_class",
					"training_enrolment", "training_session")),
			entry("licensing", Set.of("licence", "licensing_completion")),
			entry("reporting", Set.of("financial_report", "financial_reporting_completion")),
			entry("timeline", Set.of("participant_timeline")),
			entry("outlet", Set.of("outlet", "outlet_application", "outlet_call", "outlet_curation_event",
					"outlet_p5_completion", "outlet_place", "outlet_product", "outlet_product_listing",
					"outlet_product_photo")),
			entry("dashboard", Set.of("dashboard_agency_bit", "dashboard_event", "dashboard_event_cube",
					"dashboard_event_rollup", "dashboard_fact", "dashboard_mentor", "dashboard_outlet", "dashboard_capital",
					"dashboard_participant_cube", "dashboard_participant_rollup", "dashboard_refresh",
					"dashboard_target", "dashboard_eorder", "dashboard_eorder_seller")),
			entry("config", Set.of("scheduled_job_lock")),
			entry("document", Set.of("document", "document_content")),
			entry("breach", Set.of("breach_incident")),
			entry("eorder", Set.of("buyer_organisation", "buyer", "buyer_request", "purchase_order", "purchase_order_line",
					"purchase_order_event", "eorder_p5_completion")),
			entry("catalogue", Set.of("catalogue_profile", "catalogue_thumbnail", "catalogue_question_attempt",
					"catalogue_search")));

	/** A relation named where SQL reads or writes one. */
	static final Pattern RELATION = Pattern
		.compile("\\b(?i:from|join|into|update|table|using|copy)\\s+(?i:only\\s+)?([a-z_][a-z0-9_]*)\\b");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTableAndViewHasOneOwner() {
		List<String> relations = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_name <> 'flyway_schema_history'
				""").query(String.class).list();
		Map<String, String> owners = owners();
		assertThat(relations).isNotEmpty();
		assertThat(relations.stream().filter(r -> !owners.containsKey(r.toLowerCase())).toList())
			.as("tables and views without an owning module").isEmpty();
		List<String> published = new ArrayList<>();
		OWNED.keySet().forEach(m -> published.addAll(publishedBy(m)));
		assertThat(relations).as("published views exist").containsAll(published);
	}

	@Test
	void aModulesSqlNamesOnlyItsOwnTablesAndPublishedViews() {
		Map<String, String> owners = owners();
		Set<String> found = new TreeSet<>();
		for (SourceFile file : MainSources.read().files()) {
			for (String literal : file.literals()) {
				Matcher m = RELATION.matcher(literal);
				while (m.find()) {
					String name = m.group(1);
					String owner = owners.get(name);
					if (owner != null && file.module() != null && !owner.equals(file.module())
							&& !publishedBy(owner).contains(name)) {
						found.add(file.name() + " names " + owner + "'s " + name);
					}
				}
			}
		}
		assertThat(found).as("SQL naming another module's table").isEmpty();
	}

	@Test
	void theRuleSeesTablesWhereverSqlNamesThem() {
		List<String> names = new ArrayList<>();
		Matcher m = RELATION.matcher("""
				select 1 from participant p join assessment_current c on true
				where exists (select 1 from only region r) ; insert into outlet_call values (1);
				update mentor set paused = true; COPY assessment (id) FROM STDIN""");
		while (m.find()) {
			names.add(m.group(1));
		}
		assertThat(names).containsExactly("participant", "assessment_current", "region", "outlet_call", "mentor",
				"assessment");
	}

	static Map<String, String> owners() {
		Map<String, String> owners = new HashMap<>();
		OWNED.forEach((module, tables) -> tables.forEach(t -> owners.put(t, module)));
		OWNED.keySet().forEach(module -> publishedBy(module).forEach(v -> owners.put(v, module)));
		return owners;
	}

	static Set<String> publishedBy(String module) {
		try {
			Class<?> info = Class.forName(ArchitectureTests.ROOT + "." + module + ".package-info");
			PublishedViews views = info.getAnnotation(PublishedViews.class);
			return views == null ? Set.of() : Set.of(views.value());
		}
		catch (ClassNotFoundException ex) {
			return Set.of();
		}
	}

}
