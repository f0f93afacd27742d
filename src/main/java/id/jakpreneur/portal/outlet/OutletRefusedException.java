package id.jakpreneur.portal.outlet;

/** Something the outlet rules do not allow; the message key says why, in the user's words. */
public class OutletRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public OutletRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
