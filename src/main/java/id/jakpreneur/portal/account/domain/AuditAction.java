package id.jakpreneur.portal.account.domain;

/** What an administrator did to an account; one row of {@code account_audit} each (decision 92). */
public enum AuditAction {

	CREATED, DEACTIVATED, REACTIVATED, RESET_SENT, ACTIVATION_SENT

}
