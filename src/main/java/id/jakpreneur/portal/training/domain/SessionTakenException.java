package id.jakpreneur.portal.training.domain;

/** The class already has a session on that day at that start time. */
public class SessionTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SessionTakenException() {
		super("session exists");
	}

}
