package id.jakpreneur.portal.licensing.domain;

/** A licence record the rules refuse, with the form field and message to show beside it. */
public class LicenceRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	public LicenceRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
