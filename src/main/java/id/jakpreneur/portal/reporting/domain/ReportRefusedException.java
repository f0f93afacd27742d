package id.jakpreneur.portal.reporting.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** A report the rules refuse: a future month, a month already reported, or a split that is not 100%. */
public class ReportRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public ReportRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	/** The form field the problem belongs to. */
	public String field() {
		return field;
	}

}
