package id.jakpreneur.portal.outlet;

import java.time.Instant;

/** One step of a product's curation, with who took it. */
public record CurationEvent(CurationStatus action, Grade grade, String note, String actorName, Instant at) {
}
