package id.jakpreneur.portal.reporting.query;

/** A participant's reports at a glance for an overview page: how many wait for a review, and how many are returned. */
public record ReviewCounts(long participantId, int waiting, int returned, String reviewUrl) {
}
