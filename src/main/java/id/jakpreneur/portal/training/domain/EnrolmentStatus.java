package id.jakpreneur.portal.training.domain;

/** A seat in a class, a place on its waiting list, or given up. */
public enum EnrolmentStatus {

	ENROLLED, WAITING, CANCELLED

}
