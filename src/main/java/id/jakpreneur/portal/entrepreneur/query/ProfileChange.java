package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/** One entry of a profile's history as shown on the page. */
public record ProfileChange(Instant changedAt, String changedBy, String field, String oldValue, String newValue) {
}
