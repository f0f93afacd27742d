package id.jakpreneur.portal.catalogue.query;

import id.jakpreneur.portal.entrepreneur.LicenceType;

/**
 * The marks a buyer looks for, each from a licence an officer verified and that has not expired (licensing's
 * published view {@code verified_licence}); a licence only declared or waiting for review never shows.
 */
public enum Mark {

	HALAL(LicenceType.HALAL), SPP_IRT(LicenceType.SPP_IRT), BPOM(LicenceType.BPOM);

	private final LicenceType licence;

	Mark(LicenceType licence) {
		this.licence = licence;
	}

	public LicenceType licence() {
		return licence;
	}

}
