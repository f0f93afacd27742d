package id.jakpreneur.portal.mentoring.domain;

/** Why a mentee needs the mentor's attention, as {@link AttentionRule} finds it. */
public enum Attention {

	/** No session for the configured number of days (30), counted from the assignment when there was none. */
	NO_RECENT_SESSION,

	/** Last month's sales figure (omzet) has not been verified in a session by the configured day of this month. */
	REPORT_OVERDUE,

	/** The step the participant is on has not moved for the configured number of days (90). */
	STUCK_IN_STEP,

	/** An agreed action is past its due date and not done. */
	ACTIONS_OVERDUE

}
