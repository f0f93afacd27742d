package id.jakpreneur.portal.mentoring.domain;

/** How a mentoring session took place. */
public enum SessionMode {

	/** The mentor visited the business. */
	VISIT,

	/** A video call. */
	ONLINE,

	/** A phone call. */
	PHONE,

	/** A group session with several mentees. */
	GROUP

}
