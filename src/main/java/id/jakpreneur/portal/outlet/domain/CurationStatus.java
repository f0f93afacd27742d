package id.jakpreneur.portal.outlet.domain;

/**
 * Where a product stands in curation: submitted by the participant, verified by their mentor, validated by an
 * officer, graded by a curator; or returned with a note, to be corrected and submitted again.
 */
public enum CurationStatus {

	SUBMITTED, VERIFIED, VALIDATED, GRADED, RETURNED

}
