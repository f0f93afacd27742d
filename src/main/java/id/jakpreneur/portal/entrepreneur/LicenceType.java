package id.jakpreneur.portal.entrepreneur;

/**
 * Licences and certificates a business can hold (P4 Perizinan): NIB through OSS, SPP-IRT for home-industry food,
 * halal certificate, HAKI (trademark), BPOM for foods that need it.
 */
public enum LicenceType {

	NIB, SPP_IRT, HALAL, HAKI, BPOM

}
