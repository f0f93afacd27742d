package id.jakpreneur.portal.licensing;

/**
 * Where a licence stands in the officers' review. Only {@link #VERIFIED} counts for anything (P4, outlet eligibility,
 * capital readiness); the aggregate {@code Licence} allows these moves and refuses every other:
 * <pre>
 *   record IN_PROCESS        any state          -> IN_PROCESS
 *   record ISSUED            any state          -> SUBMITTED   (from RETURNED: a resubmission)
 *   verify                   SUBMITTED          -> VERIFIED    (VERIFIED again: no change)
 *   return with a reason     SUBMITTED          -> RETURNED
 * </pre>
 */
public enum LicenceState {

	/** Still being obtained: nothing for an officer. */
	IN_PROCESS,

	/** Issued and waiting for an officer: first submitted, or submitted again after a return. */
	SUBMITTED,

	/** Returned by an officer with a reason; waiting for the citizen to correct and submit again. */
	RETURNED,

	/** Verified by an officer. */
	VERIFIED

}
