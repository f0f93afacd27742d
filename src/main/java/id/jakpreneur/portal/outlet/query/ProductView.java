package id.jakpreneur.portal.outlet.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.outlet.domain.CurationStatus;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.ProductDraft;

/**
 * A product with its curation: status, the current grade and notes (kept while a B or C product is curated again),
 * the first day it may be curated again, and its history.
 */
public record ProductView(long id, long participantId, String participantName, String villageCode, ProductDraft draft,
		CurationStatus status, String returnNote, Grade grade, String gradeNotes, Instant gradedAt,
		Instant submittedAt, LocalDate recurationFrom, List<CurationEvent> history) {

	/** Whether the participant may send this product (again) now: after a return, or a B/C grade once due. */
	public boolean resubmittable(LocalDate today) {
		return status == CurationStatus.RETURNED
				|| (status == CurationStatus.GRADED && recurationFrom != null && !today.isBefore(recurationFrom));
	}

}
