package id.jakpreneur.portal.reporting.domain;

/** A report the rules refuse: a future month, a month already reported, or a split that is not 100%. */
public class ReportRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	public ReportRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The form field the problem belongs to. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
