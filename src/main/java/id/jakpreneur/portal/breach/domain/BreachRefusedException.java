package id.jakpreneur.portal.breach.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** An incident that cannot be recorded as typed: the message key names the field's problem. */
public class BreachRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public BreachRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
