package id.jakpreneur.portal.training.domain;

/** An enrolment or cancellation the rules do not allow; the message key says why, in the participant's words. */
public class EnrolmentRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public EnrolmentRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
