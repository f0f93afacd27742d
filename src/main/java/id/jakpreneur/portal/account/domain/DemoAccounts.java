package id.jakpreneur.portal.account.domain;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.shared.DemoData;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The staff demo accounts of the route map, created only when demo mode is on (the no-configuration run and
 * training sites). Idempotent: existing accounts are left as they are. The demo entrepreneur registers through
 * the entrepreneur module, like any citizen.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoAccounts implements DemoData {

	static final String PASSWORD = "jakpreneur-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountManagement accounts;

	DemoAccounts(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void createDemoData() {
		// the demo password is public on purpose, so these accounts are not asked to change it (decision 80)
		List<NewAccount> demo = List.of(
				new NewAccount("admin@demo.local", "Admin Dinas PPKUKM", Role.ADMIN, PASSWORD, Set.of(), false),
				new NewAccount("officer@demo.local", "Petugas Jakarta Pusat", Role.OFFICER, PASSWORD, Set.of("31.71"),
						false),
				new NewAccount("mentor@demo.local", "Pendamping Gambir & Menteng", Role.MENTOR, PASSWORD,
						Set.of("31.71.01", "31.71.06"), false));
		int created = 0;
		for (NewAccount account : demo) {
			if (accounts.isEmailFree(account.email())) {
				try {
					accounts.open(account);
					created++;
				}
				catch (EmailTakenException ex) {
					// another instance created it at the same moment
				}
			}
		}
		// the password is public (README) but is never written to the log: logs are collected and kept elsewhere
		log.info("Demo mode is on: {} demo account(s) created", created);
	}

}
