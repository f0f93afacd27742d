package id.jakpreneur.portal.account.domain;

/**
 * Whether an account can log in. AWAITING_ACTIVATION: an online registration whose owner has not yet opened the
 * link sent to them; DEACTIVATED: an administrator closed it, with a reason (decision 92). Only ACTIVE logs in.
 */
public enum AccountStatus {

	ACTIVE, AWAITING_ACTIVATION, DEACTIVATED;

	/** The SQL expression of an account row's status; the one place it is spelled out for the read side. */
	public static final String SQL = "case when deactivated_at is not null then 'DEACTIVATED' "
			+ "when enabled then 'ACTIVE' else 'AWAITING_ACTIVATION' end";

}
