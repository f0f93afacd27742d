package id.jakpreneur.portal.assessment.domain;

/** What an assessment was made from; dashboards tell real progress from a re-run of new rules by this. */
public enum AssessmentSource {

	/** The entrepreneur answered the questionnaire at {@code /me/assessment}. */
	QUESTIONNAIRE,

	/** An officer or mentor answered it with the entrepreneur after a visit. */
	VISIT,

	/** An officer set the phase and/or track by hand, with a written reason. */
	OVERRIDE,

	/** A step was completed inside the programme, so the last answers were assessed again. */
	STEP_COMPLETED,

	/** The policy changed, so the last answers were assessed again in bulk. */
	POLICY_CHANGE

}
