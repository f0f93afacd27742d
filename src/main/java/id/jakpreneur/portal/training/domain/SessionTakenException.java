package id.jakpreneur.portal.training.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** The class already has a session on that day at that start time. */
public class SessionTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public SessionTakenException() {
		super("programme.session.taken", "session exists");
	}

}
