package id.jakpreneur.portal.mentoring;

/**
 * What an in-portal notice says; the text is {@code mentoring.notice.<kind>} with the notice's arguments, in the
 * reader's language.
 */
public enum NoticeKind {

	/** To the entrepreneur: {0} is now your mentor. */
	MENTOR_ASSIGNED,

	/** To the mentor: {0} is your new mentee. */
	MENTEE_ASSIGNED,

	/** To the mentor: {0} now has another mentor. */
	MENTEE_ENDED,

	/** To the entrepreneur: {0} logged a session on {1}. */
	SESSION_LOGGED,

	/** To the entrepreneur: the action {0} is due on {1}. */
	ACTION_DUE,

	/** To the entrepreneur: the request for another mentor was declined; {0} is the officer's note. */
	CHANGE_DECLINED,

	/** To the entrepreneur: the licence {0} (number {1}) expires on {2}; sent by the programme module. */
	LICENCE_EXPIRING,

	/** To administrators: {0} opened {1} NIK/KK numbers on {2}, more than the limit of {3} a day. */
	REVEALS_EXCEEDED,

	/** To the officers of a kecamatan: a registration in {0} waits for the secretariat's check; sent for entrepreneur. */
	REGISTRATION_CLAIM

}
