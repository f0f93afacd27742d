package id.jakpreneur.portal.mentoring.domain;

import java.util.Map;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * A session the rules refuse, with a message key per field ({@link SessionRules}); its own message key is the first
 * problem's.
 */
public class SessionRejectedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	private final transient Map<String, String> problems;

	public SessionRejectedException(Map<String, String> problems) {
		super(problems.values().iterator().next(), "session refused: " + problems.keySet());
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}

}
