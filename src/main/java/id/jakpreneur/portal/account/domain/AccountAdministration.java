package id.jakpreneur.portal.account.domain;

import java.time.Clock;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.security.AccountSessions;
import id.jakpreneur.portal.shared.AfterCommit;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts, each action one row of the audit (decision 92): deactivate an account with a
 * reason (it can no longer log in and every session of it ends at once), reactivate it, open it, send a password
 * reset link or a new activation.
 * The same rules for every account, the demo accounts included; nobody deactivates their own account.
 */
@Service
@Transactional
public class AccountAdministration {

	private final AccountActivation activation;

	private final AccountRecovery recovery;

	private final AccountRepository accounts;

	private final AccountAuditRepository audit;

	private final AccountSessions sessions;

	private final Clock clock;

	AccountAdministration(AccountActivation activation, AccountRecovery recovery, AccountRepository accounts,
			AccountAuditRepository audit, AccountSessions sessions, Clock clock) {
		this.activation = activation;
		this.recovery = recovery;
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

	/**
	 * An administrator opens an account, closed until its holder activates it; returns the slip with the activation
	 * code. The same refusals as {@link AccountActivation#openForSomeoneElse}.
	 */
	public ActivationSlip open(PortalUser actor, NewAccount request) {
		ActivationSlip slip = activation.openForSomeoneElse(request, actor);
		record(actor, slip.accountId(), AuditAction.CREATED, null);
		return slip;
	}

	/**
	 * Sends the person a password reset link (to every address the account has). Returns false when the account has
	 * no address; a deactivated account is refused (it could not log in with the new password anyway).
	 */
	public boolean sendReset(PortalUser actor, long accountId) {
		refuseIfDeactivated(accountId);
		boolean sent = recovery.sendReset(accountId, actor);
		if (sent) {
			record(actor, accountId, AuditAction.RESET_SENT, null);
		}
		return sent;
	}

	/**
	 * A new activation code for the account, whose link also goes to its addresses; returns the slip to print. Not
	 * for a deactivated account, nor for the administrator's own.
	 */
	public ActivationSlip sendActivation(PortalUser actor, long accountId) {
		refuseIfDeactivated(accountId);
		ActivationSlip slip = activation.reissue(accountId, actor);
		record(actor, accountId, AuditAction.ACTIVATION_SENT, null);
		return slip;
	}

	private void refuseIfDeactivated(long accountId) {
		if (find(accountId).isDeactivated()) {
			throw new AccountRefusedException("users.deactivated.noSecrets");
		}
	}

	private Account find(long accountId) {
		return accounts.findById(accountId).orElseThrow(NotFoundException::new);
	}

	private void record(PortalUser actor, long accountId, AuditAction action, String reason) {
		audit.save(new AccountAudit(accountId, actor.accountId(), action, reason, clock.instant()));
	}

}
