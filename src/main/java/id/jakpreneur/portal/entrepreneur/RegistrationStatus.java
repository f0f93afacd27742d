package id.jakpreneur.portal.entrepreneur;

/** Where a registration stands: waiting for an officer, validated (P1 completed), or returned with a reason. */
public enum RegistrationStatus {

	SUBMITTED, VALIDATED, RETURNED

}
