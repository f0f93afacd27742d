package id.jakpreneur.portal.mentoring.domain;

/** Why an assignment ended; the history shows it with the officer's note. */
public enum EndReason {

	/** An officer gave the participant another mentor. */
	REASSIGNED,

	/** The entrepreneur asked for another mentor and an officer agreed. */
	MENTEE_REQUEST,

	/** Mentoring is finished. */
	COMPLETED,

	/** The participant stopped taking part. */
	WITHDRAWN;

	/** Reasons an officer may give when ending mentoring without a new mentor. */
	public static final java.util.List<EndReason> FOR_ENDING = java.util.List.of(COMPLETED, WITHDRAWN);

}
