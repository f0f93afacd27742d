package id.jakpreneur.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recording and verifying a licence under concurrency: a double submit of a first licence saves once (it does not
 * meet the unique constraint), and two officers verifying at once record one verification.
 */
@PortalWebTest
class LicenceConcurrencyTests {

	@Autowired
	Licences licences;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDoubleSubmittedFirstLicenceIsSavedOnceAndVerifiedOnce() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered me = people.registerValidated("Perekam Ganda", "31.71.01.1001", Sector.FESYEN);
		PortalUser login = people.user(me.email());
		LicenceDraft nib = new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, "9120301234567",
				LocalDate.now(Jakarta.ZONE).minusMonths(2), null);

		List<Throwable> failures = together(() -> licences.record(login, nib), () -> licences.record(login, nib));
		assertThat(failures).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from licence where participant_id = ? and licence_type = 'NIB'",
				Integer.class, me.id())).isOne();

		long licenceId = jdbc.queryForObject(
				"select id from licence where participant_id = ? and licence_type = 'NIB'", Long.class, me.id());
		PortalUser officer = (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.OFFICER));
		PortalUser admin = (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.ADMIN));
		failures = together(() -> licences.verify(officer, me.id(), licenceId),
				() -> licences.verify(admin, me.id(), licenceId));
		assertThat(failures).isEmpty();
		assertThat(jdbc.queryForObject(
				"select count(*) from participant_timeline where participant_id = ? and kind = 'LICENCE_VERIFIED'",
				Integer.class, me.id()))
			.as("one verification on the timeline").isOne();
		assertThat(jdbc.queryForObject("select verified_by from licence where id = ?", Long.class, licenceId))
			.isIn(officer.accountId(), admin.accountId());
	}

	private static List<Throwable> together(Runnable first, Runnable second) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (Runnable run : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					go.await();
					run.run();
					return null;
				}));
			}
			go.countDown();
			List<Throwable> failures = new ArrayList<>();
			for (Future<?> run : runs) {
				try {
					run.get(30, TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					failures.add(ex.getCause());
				}
			}
			return failures;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
