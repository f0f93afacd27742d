package id.jakpreneur.portal.mentoring.domain;

/** Where an assignment stands: ACTIVE until it ENDED (with a reason); an ended assignment never changes again. */
public enum AssignmentState {

	ACTIVE, ENDED

}
