package id.jakpreneur.portal.timeline.domain;

/**
 * What a timeline entry tells; the text is {@code programme.timeline.<kind>}, with the entry's arguments turned into
 * words by the page (step, phase, licence and status names in the reader's language).
 */
public enum TimelineKind {

	/** [step, evidence] */
	STEP_COMPLETED,

	/** [phase]: the first assessment */
	PHASE_FIRST,

	/** [from phase, to phase]: read from the assessment module's phase changes, not stored in the timeline */
	PHASE_CHANGED,

	/** [licence type, status, number or ""]: recorded in process, or issued and submitted for verification */
	LICENCE_RECORDED,

	/** [licence type, number] */
	LICENCE_VERIFIED,

	/** [certificate number, class title] */
	CERTIFICATE,

	/** [month yyyy-MM] */
	REPORT_FILED,

	/** [status, offer kind, partner name, offer title, reason or ""] */
	REFERRAL,

	/** [phase before, phase now, track before, track now, reason]: an officer's override, credited to the officer */
	OVERRIDE,

	/** [SUBMITTED, CONFIRMED or RETURNED, outlet name, period, units, sales (formatted), reason or ""] */
	OUTLET_SALES,

	/** [certificate number, class title, reason]: an officer withdrew it */
	CERTIFICATE_WITHDRAWN,

	/** [month yyyy-MM]: the mentor or an officer verified the report */
	REPORT_VERIFIED,

	/** [month yyyy-MM]: the mentor or an officer confirmed a late report */
	REPORT_CONFIRMED,

	/** [month yyyy-MM, reason]: the mentor or an officer returned the report */
	REPORT_RETURNED,

	/** [consent purpose, referral id or ""]: the participant withdrew a consent on her privacy page */
	CONSENT_WITHDRAWN,

	/** [licence type, number]: a returned licence corrected and submitted again */
	LICENCE_RESUBMITTED,

	/** [licence type, number, reason]: returned by an officer */
	LICENCE_RETURNED,

	/** [buying organisation, amount (formatted), paid on]: an e-Order received by the buyer and paid */
	EORDER_SALE

}
