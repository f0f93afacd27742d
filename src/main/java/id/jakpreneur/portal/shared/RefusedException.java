package id.jakpreneur.portal.shared;

/**
 * The one base of every refusal a feature answers in the user's words: a rule does not allow what was asked
 * (a full class, a booked place, a step that cannot follow the current one). The message key names the text
 * in {@code messages*.properties}; controllers turn it into a field or page message, never a 500.
 */
public abstract class RefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	protected RefusedException(String messageKey) {
		this(messageKey, messageKey);
	}

	/** A refusal whose developer-facing message differs from the key (for example one naming the states). */
	protected RefusedException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
