package id.jakpreneur.portal.entrepreneur.domain;

/** Where a deletion request stands: waiting for an administrator, then erased or refused (final). */
public enum DeletionOutcome {

	PENDING, ERASED, REFUSED

}
