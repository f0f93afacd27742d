package id.jakpreneur.portal.account;

import java.util.List;

/**
 * A one-time secret was made for an account and must reach its holder: published synchronously inside the
 * transaction that made it, so the message is queued with the secret or not at all. The notification centre listens
 * and puts the message in its outbox for the account's addresses (the account module cannot call it: the
 * notification module depends on this one). The secret (a link) lives only in this object and in the outbox until
 * it is sent; {@link #toString()} never shows it.
 * @param accountId whose secret
 * @param kind what the message says
 * @param secret the link
 * @param args what the message shows besides the link (already formatted)
 */
public record AccountSecretIssued(long accountId, Kind kind, String secret, List<String> args) {

	/** What the message is for; each matches the notification centre's kind of the same name. */
	public enum Kind {

		/** {0} the reset link, args: how many minutes it works. */
		PASSWORD_RESET,

		/** {0} the activation link, args: the full name. */
		ACCOUNT_ACTIVATION

	}

	public AccountSecretIssued {
		args = List.copyOf(args);
	}

	@Override
	public String toString() {
		return "AccountSecretIssued[accountId=" + accountId + ", kind=" + kind + "]";
	}

}
