package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.NikTakenException;
import id.jakpreneur.portal.entrepreneur.domain.OnlineRegistration;
import id.jakpreneur.portal.entrepreneur.domain.PersonalDataCipher;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database, not the early check, decides between simultaneous registrations of one NIK. */
@PortalWebTest
class ConcurrentRegistrationTests {

	@Autowired
	Registration registration;

	@Autowired
	OnlineRegistration online;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void simultaneousRegistrationsOfOneNikLeaveExactlyOne() throws Exception {
		NewRegistration template = Citizens.runningKuliner(Citizens.email("race"), "31.71.01.1002");
		int contenders = 8;
		ExecutorService pool = Executors.newFixedThreadPool(contenders);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < contenders; i++) {
			NewRegistration attempt = new NewRegistration(Citizens.email("race" + i), template.password(),
					template.person(), template.business(), template.consentVersion(), template.channel(), null);
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					registration.register(attempt);
					return "registered";
				}
				catch (NikTakenException ex) {
					return "taken";
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(results).containsOnlyOnce("registered");
		assertThat(results).filteredOn("taken"::equals).hasSize(contenders - 1);
		Long rows = jdbc.queryForObject("select count(*) from participant where nik_hash = ?", Long.class,
				(Object) cipher.hash(template.person().nik()));
		assertThat(rows).isOne();
		Long orphanAccounts = jdbc.queryForObject("""
				select count(*) from account a where a.email like 'race%@example.id'
				and a.role = 'ENTREPRENEUR' and not exists (select 1 from participant p where p.account_id = a.id)
				""", Long.class);
		assertThat(orphanAccounts).as("accounts of refused registrations are rolled back").isZero();
	}

	/**
	 * Online, every contender gets the same answer: one becomes the participant, each of the others is rolled back
	 * whole (account and all) and becomes a claim for the secretariat.
	 */
	@Test
	void simultaneousOnlineRegistrationsOfOneNikLeaveOneParticipantAndClaims() throws Exception {
		NewRegistration template = Citizens.runningKuliner(Citizens.email("online"), "31.71.01.1002");
		int contenders = 6;
		ExecutorService pool = Executors.newFixedThreadPool(contenders);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> outcomes = new ArrayList<>();
		String prefix = "online-race-" + System.nanoTime();
		for (int i = 0; i < contenders; i++) {
			NewRegistration attempt = new NewRegistration(prefix + "-" + i + "@example.id", template.password(),
					template.person(), template.business(), template.consentVersion(), template.channel(), null);
			outcomes.add(pool.submit(() -> {
				start.await();
				online.submit(attempt);
				return null;
			}));
		}
		start.countDown();
		for (Future<?> outcome : outcomes) {
			outcome.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		byte[] hash = cipher.hash(template.person().nik());
		assertThat(jdbc.queryForObject("select count(*) from participant where nik_hash = ?", Long.class, (Object) hash))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from registration_claim where nik_hash = ?", Long.class,
				(Object) hash)).isEqualTo(contenders - 1);
		assertThat(jdbc.queryForObject("""
				select count(*) from account a where a.email like ?
				and not exists (select 1 from participant p where p.account_id = a.id)
				""", Long.class, prefix + "%")).as("no account without its participant").isZero();
		assertThat(jdbc.queryForObject("select count(*) from account where email like ?", Long.class, prefix + "%"))
			.isOne();
	}

}
