package id.jakpreneur.portal.entrepreneur;

/** A correction would make the birth date or gender disagree with the NIK on record. */
public class InconsistentIdentityException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public InconsistentIdentityException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
