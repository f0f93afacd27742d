package id.jakpreneur.portal.entrepreneur.domain;

/** The identity numbers that are personal data and stored encrypted. */
public enum PersonalDataField {

	NIK, KK,

	/** Not a stored number: the KTP an officer checked in person before issuing a new activation code. */
	KTP

}
