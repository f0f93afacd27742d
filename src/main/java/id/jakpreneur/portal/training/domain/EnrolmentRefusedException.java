package id.jakpreneur.portal.training.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** An enrolment or cancellation the rules do not allow; the message key says why, in the participant's words. */
public class EnrolmentRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public EnrolmentRefusedException(String messageKey) {
		super(messageKey);
	}

}
