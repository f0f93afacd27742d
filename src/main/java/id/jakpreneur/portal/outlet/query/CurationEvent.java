package id.jakpreneur.portal.outlet.query;

import java.time.Instant;

import id.jakpreneur.portal.outlet.domain.CurationStatus;
import id.jakpreneur.portal.outlet.domain.Grade;

/** One step of a product's curation, with who took it. */
public record CurationEvent(CurationStatus action, Grade grade, String note, String actorName, Instant at) {
}
