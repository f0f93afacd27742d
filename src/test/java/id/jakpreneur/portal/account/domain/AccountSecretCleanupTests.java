package id.jakpreneur.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountSecrets.Purpose;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spent reset links and activation codes are dropped a week after use or expiry; open ones stay. */
@PortalWebTest
class AccountSecretCleanupTests {

	@Autowired
	AccountSecrets secrets;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void dropsSecretsSpentMoreThanAWeekAgoAndKeepsTheRest() {
		long account = accounts.open(new NewAccount("rahasia-" + UUID.randomUUID() + "@warga.example", "Rina Rahasia",
				Role.ENTREPRENEUR, "Rahasia-Lama-2026", Set.of(), false));
		secrets.issue(account, Purpose.RESET, Duration.ofMinutes(30), false, true, null);
		long spent = idOfNewest(account);
		jdbc.sql("update account_secret set used_at = now() - interval '8 days' where id = :id").param("id", spent).update();
		secrets.issue(account, Purpose.ACTIVATION, Duration.ofDays(14), true, true, null);
		long open = idOfNewest(account);

		secrets.forgetOld(Duration.ofDays(7));

		assertThat(jdbc.sql("select id from account_secret where account_id = :id").param("id", account)
			.query(Long.class).list()).containsExactly(open);
	}

	private long idOfNewest(long account) {
		return jdbc.sql("select max(id) from account_secret where account_id = :id").param("id", account)
			.query(Long.class).single();
	}

}
