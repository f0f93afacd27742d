package id.jakpreneur.portal.outlet.query;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.CurationStatus;
import id.jakpreneur.portal.outlet.domain.Grade;

/** A product in a list: a curation queue or the participant's own products. */
public record ProductSummary(long id, String name, Sector sector, String participantName, String villageCode,
		CurationStatus status, Grade grade, Instant submittedAt) {
}
