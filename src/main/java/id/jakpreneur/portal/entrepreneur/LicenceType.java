package id.jakpreneur.portal.entrepreneur;

import java.util.Set;

/**
 * Licences and certificates a business can hold (P4 Perizinan): NIB through OSS, the PKP food-safety course
 * certificate (needed before SPP-IRT), SPP-IRT for home-industry food, halal certificate, HAKI (trademark), BPOM for
 * foods that need it, and any other licence. Registration and the questionnaire ask about the {@link #DECLARABLE}
 * ones; the licence register of the programme module records all of them with status, dates and verification.
 */
public enum LicenceType {

	NIB, PKP, SPP_IRT, HALAL, HAKI, BPOM, OTHER;

	/** The licences a business declares when it registers or answers the questionnaire. */
	public static final Set<LicenceType> DECLARABLE = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(NIB, SPP_IRT, HALAL, HAKI, BPOM));

	/** The name printed on the documents, the same in both languages. */
	public String documentName() {
		return switch (this) {
			case NIB -> "NIB";
			case PKP -> "PKP";
			case SPP_IRT -> "SPP-IRT";
			case HALAL -> "Halal";
			case HAKI -> "HAKI";
			case BPOM -> "BPOM";
			case OTHER -> "Lainnya";
		};
	}

}
