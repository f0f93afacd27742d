package id.jakpreneur.portal.notification;

/**
 * A message that carries a secret (a link or code that lets its holder into an account) or goes to someone who has no
 * working login yet; sent through {@link Notifications#sendSecret}, never shown in the bell. The text is
 * {@code notification.secret.<KIND>} with {0} the secret, {1} the portal's address and {2}… the sender's arguments;
 * the subject is {@code notification.secret.subject.<subject>}.
 */
public enum SecretKind {

	/** To a person an officer opened an account for: {0} the activation link; args: {2} full name. */
	ACCOUNT_ACTIVATION("account", false),

	/** To the owner of an account: {0} the password-reset link. */
	PASSWORD_RESET("account", false),

	/** To an online registrant: {0} the activation link; args: {2} full name, {3} days the link is valid. */
	REGISTRATION_ACTIVATION("registration", true),

	/**
	 * To an online registrant whose NIK another participant holds (no account, sent to the address typed):
	 * no secret; args: {2} full name. Says the secretariat will check, never why.
	 */
	REGISTRATION_CLAIM_RECEIVED("registration", true),

	/** To the owner of an address someone tried to register again: {0} the login page's address. */
	EMAIL_TAKEN("registration", true),

	/**
	 * To the e-mail address and mobile number of a participant whose data was just erased (sent before they are
	 * erased): no secret, no arguments. The outbox forgets the address once the message is sent or failed.
	 */
	DELETION_DONE("privacy", true);

	private final String subject;

	private final boolean bothLanguages;

	SecretKind(String subject, boolean bothLanguages) {
		this.subject = subject;
		this.bothLanguages = bothLanguages;
	}

	/** The subject's key: {@code notification.secret.subject.<subject>}. */
	public String subjectKey() {
		return "notification.secret.subject." + subject;
	}

	/**
	 * Whether the message is written in both languages, Indonesian first: it answers a form filled in by someone
	 * whose language the portal does not know yet (registration), or reaches whoever owns an address.
	 */
	public boolean bothLanguages() {
		return bothLanguages;
	}

	/** Whether the outbox blanks the recipient's address once the message is sent or failed (an erased person's). */
	public boolean forgetsAddress() {
		return this == DELETION_DONE;
	}

}
