package id.jakpreneur.portal.licensing;

/** What happened to a licence, as the timeline tells it; each is published as {@link LicenceRecorded}. */
public enum LicenceDecision {

	/** The citizen recorded a licence still in process. */
	RECORDED,

	/** The citizen submitted an issued licence for verification. */
	SUBMITTED,

	/** The citizen corrected a returned licence and submitted it again. */
	RESUBMITTED,

	/** An officer verified it. */
	VERIFIED,

	/** An officer returned it with a reason. */
	RETURNED

}
