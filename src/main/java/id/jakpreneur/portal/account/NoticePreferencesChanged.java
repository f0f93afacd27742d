package id.jakpreneur.portal.account;

/**
 * Published in the transaction that changes whether an account's notices also go out by e-mail and WhatsApp, so the
 * entrepreneur module records a participant's choice as her consent to messages (or its withdrawal).
 */
public record NoticePreferencesChanged(long accountId, boolean notifyEmail, boolean notifyWhatsapp) {

	public boolean wantsMessages() {
		return notifyEmail || notifyWhatsapp;
	}

}
