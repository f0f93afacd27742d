package id.jakpreneur.portal.account;

import java.time.Instant;

/**
 * What the person who opened an account (or issued a new code) hands over on paper, once: whose account, the login
 * name, the activation code as printed ({@code ABCD-EFGH}) and until when it works. Never stored; the page that shows
 * it is the answer to the form that made it.
 * @param accountId whose account
 * @param activationUrl the page where the code is typed
 * @param sentToAddress whether the activation link also went to the account's e-mail or WhatsApp
 */
public record ActivationSlip(long accountId, String fullName, String loginName, String code, Instant expiresAt,
		String activationUrl, boolean sentToAddress) {

	/** The printable page that shows a slip (model attributes {@code slip} and {@code slipBack}, a path back). */
	public static final String VIEW = "account/activation-slip";

	/** When the code stops working, on Jakarta's clock (for the printed slip). */
	public java.time.LocalDateTime expiresAtInJakarta() {
		return java.time.LocalDateTime.ofInstant(expiresAt, id.jakpreneur.portal.shared.Jakarta.ZONE);
	}

	@Override
	public String toString() {
		return "ActivationSlip[loginName=" + loginName + ", expiresAt=" + expiresAt + "]";
	}

}
