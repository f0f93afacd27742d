package id.jakpreneur.portal.entrepreneur.domain;

/** The identity numbers that are personal data and stored encrypted. */
public enum PersonalDataField {

	NIK, KK

}
