package id.jakpreneur.portal.document;

/**
 * What a document is the evidence of; the subject id names the record (a licence, a referral, a financial report, an
 * outlet application). Each purpose evidences one of the programme's steps, whose completion starts the document's
 * retention period.
 */
public enum DocumentPurpose {

	/** A licence's certificate or receipt (P4 Perizinan). */
	LICENCE("P4"),

	/** A capital application's papers (P7 Permodalan). */
	CAPITAL_APPLICATION("P7"),

	/** A monthly financial report's receipts or books (P6 Pelaporan keuangan). */
	FINANCIAL_REPORT("P6"),

	/** An outlet booking's sales record (P5 Pemasaran). */
	OUTLET_SALES("P5");

	private final String step;

	DocumentPurpose(String step) {
		this.step = step;
	}

	/** The code of the step this purpose evidences (P4, P5, P6 or P7), as the step_completion view names it. */
	public String step() {
		return step;
	}

}
