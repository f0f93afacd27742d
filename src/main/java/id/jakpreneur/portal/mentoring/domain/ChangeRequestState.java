package id.jakpreneur.portal.mentoring.domain;

/** An entrepreneur's request for another mentor: OPEN until an officer REASSIGNED or DECLINED it, then final. */
public enum ChangeRequestState {

	OPEN, REASSIGNED, DECLINED

}
