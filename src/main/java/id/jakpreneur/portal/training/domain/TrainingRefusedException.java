package id.jakpreneur.portal.training.domain;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * A training record the calendar does not allow: attendance for a session that has not started, or a certificate
 * withdrawn twice or without a reason.
 */
public class TrainingRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public TrainingRefusedException(String messageKey) {
		super(messageKey);
	}

}
