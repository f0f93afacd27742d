package id.jakpreneur.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18: only licences an officer verified complete P4. A licence declared on the profile (or in the
 * questionnaire) is the citizen's own statement and never completes nor "recognises" P4; a submitted or returned
 * licence of the route keeps P4 open until it is verified.
 */
@PortalWebTest
class OnlyVerifiedLicencesCountTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	Assessing assessing;

	@Autowired
	Licences licences;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDeclaredLicenceNeverCompletesNorRecognisesP4() {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered me = people.registerValidated("Jasa Berizin Katanya", "31.71.01.1001", Sector.JASA);
		assessing.selfAssess(people.user(me.email()),
				FreshParticipants.answers(Map.of(LicenceType.NIB, "9120301234999")));

		assertThat(p4(me.id())).isEqualTo("NEEDED");
		assertThat(jdbc.queryForObject("""
				select a.reasons::text from assessment_current c join assessment a on a.id = c.assessment_id
				where c.participant_id = ?""", String.class, me.id()))
			.contains("\"licencesDeclared\",\"NIB 9120301234999\"").doesNotContain("nibRecognised");
	}

	@Test
	void aRouteWithAReturnedOrSubmittedLicenceKeepsP4OpenUntilEveryRequiredOneIsVerified() {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered cook = people.registerValidated("Dapur Jujur", "31.71.01.1001", Sector.KULINER);
		PortalUser user = people.user(cook.email());
		PortalUser officer = people.user("officer@demo.local");
		LocalDate issued = TODAY.minusMonths(2);
		for (Object[] l : new Object[][] { { LicenceType.NIB, "9120301234998" }, { LicenceType.PKP, "PKP 12/2026" },
				{ LicenceType.SPP_IRT, "2093171010123-29" }, { LicenceType.HALAL, "ID31110000123450399" } }) {
			licences.record(user, new LicenceDraft((LicenceType) l[0], null, LicenceStatus.ISSUED, (String) l[1], issued,
					null));
		}
		licences.verify(officer, cook.id(), id(cook.id(), LicenceType.NIB));
		licences.verify(officer, cook.id(), id(cook.id(), LicenceType.PKP));
		licences.verify(officer, cook.id(), id(cook.id(), LicenceType.SPP_IRT));
		assertThat(completed(cook.id())).isFalse();
		assertThat(p4(cook.id())).isNotIn("COMPLETED", "RECOGNISED");

		long halal = id(cook.id(), LicenceType.HALAL);
		licences.returnLicence(officer, cook.id(), halal, "Sertifikat halal atas nama usaha lain.");
		assertThat(completed(cook.id())).isFalse();
		assertThat(p4(cook.id())).isNotIn("COMPLETED", "RECOGNISED");

		licences.record(user, new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED, "ID31110000123450400",
				issued, null));
		assertThat(completed(cook.id())).isFalse();
		assertThat(p4(cook.id())).isNotIn("COMPLETED", "RECOGNISED");

		licences.verify(officer, cook.id(), halal);
		assertThat(completed(cook.id())).isTrue();
		assertThat(p4(cook.id())).isEqualTo("COMPLETED");
	}

	private String p4(long participantId) {
		return jdbc.queryForList("select status from participant_step where participant_id = ? and step = 'P4'",
				String.class, participantId).stream().findFirst().orElse("NEEDED");
	}

	private boolean completed(long participantId) {
		return jdbc.queryForObject("select exists (select 1 from licensing_completion where participant_id = ?)",
				Boolean.class, participantId);
	}

	private long id(long participantId, LicenceType type) {
		return jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = ?", Long.class,
				participantId, type.name());
	}

}
