package id.jakpreneur.portal.assessment;

/** How urgently officers should assign a mentor or follow up. */
public enum Priority {

	HIGH, MEDIUM, LOW

}
