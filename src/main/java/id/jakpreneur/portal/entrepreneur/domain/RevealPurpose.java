package id.jakpreneur.portal.entrepreneur.domain;

/**
 * Why an officer opens a NIK or KK in clear: the purposes the programme has for a full number. The citizen sees
 * the purpose with the officer's own words on {@code /me/privacy}.
 */
public enum RevealPurpose {

	/** Matching the number with the citizen's KTP or KK at the desk or during validation. */
	VERIFY_IDENTITY,

	/** Correcting a number the citizen or an officer entered wrongly. */
	CORRECT_RECORD,

	/** A licence application (NIB, SPP-IRT, halal) that needs the full number. */
	LICENCE,

	/** A financing referral or capital application that needs the full number. */
	FINANCING,

	/** Matching with another programme's register (social assistance, DTKS). */
	SOCIAL_PROGRAMME,

	/** The citizen asked for it. */
	CITIZEN_REQUEST,

	/** An audit or an inspection of the programme. */
	AUDIT,

	/**
	 * Not a reveal: the officer checked the KTP in person and issued a new activation code for the citizen's
	 * account (logged with field {@link PersonalDataField#KTP}).
	 */
	ACCOUNT_ACTIVATION;

	/** The purposes an officer may give for revealing a number. */
	public static java.util.List<RevealPurpose> forReveal() {
		return java.util.Arrays.stream(values()).filter(p -> p != ACCOUNT_ACTIVATION).toList();
	}

}
