package id.jakpreneur.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.dashboard.query.DashboardFilter;
import id.jakpreneur.portal.dashboard.query.DashboardQueries;
import id.jakpreneur.portal.dashboard.query.Totals;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18: the dashboards' step counts come only from verified evidence. Of four participants of one kelurahan, one
 * has her licence verified, one returned, one waiting for the officer, and one only declares hers in the
 * questionnaire: the dashboard counts P4 completed (and reached) once.
 */
@PortalWebTest
class VerifiedEvidenceCountsTests {

	private static final String VILLAGE = "31.71.01.1003";

	private static final int P4 = 3;

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	Licences licences;

	@Autowired
	Assessing assessing;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	DashboardQueries dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void p4CountsOnlyTheVerifiedLicenceAmongVerifiedReturnedPendingAndDeclaredOnes() {
		Totals before = totals();
		TestParticipants people = new TestParticipants(registration, records, accounts);
		PortalUser officer = people.user("officer@demo.local");
		TestParticipants.Registered verified = people.registerValidated("Izin Terverifikasi", VILLAGE, Sector.JASA);
		TestParticipants.Registered returned = people.registerValidated("Izin Dikembalikan", VILLAGE, Sector.JASA);
		TestParticipants.Registered pending = people.registerValidated("Izin Menunggu", VILLAGE, Sector.JASA);
		TestParticipants.Registered declared = people.registerValidated("Izin Diakui Sendiri", VILLAGE, Sector.JASA);

		licences.verify(officer, verified.id(), nib(people, verified, "9120301230001"));
		licences.returnLicence(officer, returned.id(), nib(people, returned, "9120301230002"),
				"Nomor NIB tidak cocok dengan OSS.");
		nib(people, pending, "9120301230003");
		assessing.selfAssess(people.user(declared.email()),
				FreshParticipants.answers(Map.of(LicenceType.NIB, "9120301230004")));

		Totals after = totals();
		assertThat(after.participants() - before.participants()).isEqualTo(4);
		assertThat(after.completed()[P4] - before.completed()[P4]).as("P4 completed").isEqualTo(1);
		assertThat(after.reached()[P4] - before.reached()[P4]).as("P4 completed or recognised").isEqualTo(1);
		assertThat(jdbc.queryForObject("select completed_mask & 8 <> 0 from dashboard_fact where participant_id = ?",
				Boolean.class, verified.id())).isTrue();
	}

	private long nib(TestParticipants people, TestParticipants.Registered p, String number) {
		return licences.record(people.user(p.email()),
				new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, number, TODAY.minusMonths(1), null));
	}

	private Totals totals() {
		assertThat(refresh.refresh()).isTrue();
		return dashboard.load(new DashboardFilter(null, "31.71", "31.71.01", VILLAGE, null, null, null, null, Set.of()))
			.total();
	}

}
