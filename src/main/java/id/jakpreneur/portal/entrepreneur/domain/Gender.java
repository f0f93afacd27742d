package id.jakpreneur.portal.entrepreneur.domain;

/** As on the KTP; it also decides whether 40 is added to the day of birth inside the NIK. */
public enum Gender {

	MALE, FEMALE

}
