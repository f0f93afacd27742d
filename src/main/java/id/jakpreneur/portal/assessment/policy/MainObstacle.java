package id.jakpreneur.portal.assessment.policy;

/** What the entrepreneur says holds the business back most. */
public enum MainObstacle {

	CAPITAL, MARKETING, LICENSING, PRODUCTION, BOOKKEEPING, NONE

}
