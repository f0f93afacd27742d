package id.jakpreneur.portal.mentoring.domain;

/** An agreed action: OPEN until the entrepreneur ticks it DONE; they may open it again. */
public enum ActionState {

	OPEN, DONE

}
