package id.jakpreneur.portal.assessment;

/**
 * Where a business stands on one step. RECOGNISED and COMPLETED both count as done; they are kept apart so that
 * dashboards can tell progress made inside the programme from what a business brought with it.
 */
public enum StepStatus {

	/** The business still has to go through this step. */
	NEEDED,

	/** Skipped because the business already shows it, with evidence (an NIB, years of selling, a loan). */
	RECOGNISED,

	/** Done inside the programme (a training certificate, logged mentoring sessions). */
	COMPLETED

}
