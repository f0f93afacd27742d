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

	/** [licence type, status, number or ""] */
	LICENCE_RECORDED,

	/** [licence type, number] */
	LICENCE_VERIFIED,

	/** [certificate number, class title] */
	CERTIFICATE,

	/** [month yyyy-MM] */
	REPORT_FILED,

	/** [status, offer kind, partner name, offer title, reason or ""] */
	REFERRAL,

	/** [consent purpose, referral id or ""]: the participant withdrew a consent on her privacy page */
	CONSENT_WITHDRAWN

}
