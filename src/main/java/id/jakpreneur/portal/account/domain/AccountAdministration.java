package id.jakpreneur.portal.account.domain;

import java.time.Clock;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.security.AccountSessions;
import id.jakpreneur.portal.shared.AfterCommit;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts, each action one row of the audit (decision 92): deactivate an account with a
 * reason (it can no longer log in and every session of it ends at once), reactivate it, open it.
 * The same rules for every account, the demo accounts included; nobody deactivates their own account.
 */
@Service
@Transactional
public class AccountAdministration {

	private final AccountManagement management;

	private final AccountRepository accounts;

	private final AccountAuditRepository audit;

	private final AccountSessions sessions;

	private final Clock clock;

	AccountAdministration(AccountManagement management, AccountRepository accounts, AccountAuditRepository audit,
			AccountSessions sessions, Clock clock) {
		this.management = management;
		this.accounts = accounts;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Closes the account. Its sessions are deleted once the deactivation is saved: a login that read the account
	 * before then is ended too, one after it is refused.
	 */
	public void deactivate(PortalUser actor, long accountId, String reason) {
		if (actor.accountId() == accountId) {
			throw new AccountRefusedException("users.deactivate.self");
		}
		Account account = find(accountId);
		account.deactivate(clock.instant());
		record(actor, accountId, AuditAction.DEACTIVATED, reason);
		String login = account.toPortalUser().getUsername();
		AfterCommit.run(() -> sessions.endAllBut(login, null));
	}

	/** Lets a deactivated account log in again (an account awaiting activation still needs its activation). */
	public void reactivate(PortalUser actor, long accountId, String reason) {
		find(accountId).reactivate();
		record(actor, accountId, AuditAction.REACTIVATED, reason);
	}

	/** An administrator opens an account; returns its id. The same refusals as {@link AccountManagement#open}. */
	public long open(PortalUser actor, NewAccount request) {
		long accountId = management.open(request);
		record(actor, accountId, AuditAction.CREATED, null);
		return accountId;
	}

	private Account find(long accountId) {
		return accounts.findById(accountId).orElseThrow(NotFoundException::new);
	}

	private void record(PortalUser actor, long accountId, AuditAction action, String reason) {
		audit.save(new AccountAudit(accountId, actor.accountId(), action, reason, clock.instant()));
	}

}
