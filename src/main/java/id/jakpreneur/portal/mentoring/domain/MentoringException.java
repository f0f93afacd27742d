package id.jakpreneur.portal.mentoring.domain;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * An expected refusal of a mentoring change, with the message key a page shows beside the field concerned:
 * a full or paused mentor, a participant who already has a mentor, a capacity below the current load.
 */
public class MentoringException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public MentoringException(String messageKey) {
		super(messageKey);
	}

	/** The mentor has no free seat. */
	public static MentoringException mentorFull() {
		return new MentoringException("mentoring.assign.full");
	}

	/** The mentor paused themselves or was paused. */
	public static MentoringException mentorPaused() {
		return new MentoringException("mentoring.assign.paused");
	}

	/** Somebody else assigned a mentor to this participant in the meantime. */
	public static MentoringException alreadyAssigned() {
		return new MentoringException("mentoring.assign.already");
	}

}
