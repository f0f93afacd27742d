package id.jakpreneur.portal.mentoring;

import java.util.Map;

/** A session the rules refuse, with a message key per field ({@link SessionRules}). */
public class SessionRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Map<String, String> problems;

	public SessionRejectedException(Map<String, String> problems) {
		super("session refused: " + problems.keySet());
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}

}
