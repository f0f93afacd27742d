package id.jakpreneur.portal.notification.outbox;

/**
 * A channel could not hand a message over. The code is short and free of personal data (it is stored and logged);
 * a permanent failure (an address that cannot exist) is not retried.
 */
public class DeliveryException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final boolean permanent;

	public DeliveryException(String code, boolean permanent) {
		super(code, null, false, false);
		this.code = code;
		this.permanent = permanent;
	}

	public String code() {
		return code;
	}

	public boolean permanent() {
		return permanent;
	}

}
