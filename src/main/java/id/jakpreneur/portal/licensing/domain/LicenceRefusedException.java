package id.jakpreneur.portal.licensing.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** A licence record the rules refuse, with the form field and message to show beside it. */
public class LicenceRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public LicenceRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	/** The form field the problem belongs to. */
	public String field() {
		return field;
	}

}
