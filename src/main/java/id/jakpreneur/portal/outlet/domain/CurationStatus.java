package id.jakpreneur.portal.outlet.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a product stands in curation: submitted by the participant, verified by their mentor, validated by an
 * officer, graded by a curator; or returned with a note, to be corrected and submitted again. A graded product is
 * submitted again when a B or C grade may be curated again.
 */
public enum CurationStatus {

	SUBMITTED, VERIFIED, VALIDATED, GRADED, RETURNED;

	/** The statuses this one may move to. */
	public Set<CurationStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(VERIFIED, RETURNED);
			case VERIFIED -> EnumSet.of(VALIDATED, RETURNED);
			case VALIDATED -> EnumSet.of(GRADED);
			case GRADED, RETURNED -> EnumSet.of(SUBMITTED);
		};
	}

	public boolean canMoveTo(CurationStatus target) {
		return target != null && next().contains(target);
	}

}
