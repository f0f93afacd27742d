package id.jakpreneur.portal.entrepreneur.domain;

/** Self-declared, optional target groups that some fostering agencies serve. */
public enum TargetGroup {

	JOB_SEEKER, POOR_FAMILY, DISABILITY

}
