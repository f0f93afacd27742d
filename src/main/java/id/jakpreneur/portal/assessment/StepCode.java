package id.jakpreneur.portal.assessment;

/** The programme's 7 steps ("7 Langkah PAS"), in their usual order. */
public enum StepCode {

	/** Pendaftaran: registration. */
	P1,

	/** Pelatihan: basic training classes. */
	P2,

	/** Pendampingan: mentoring. */
	P3,

	/** Perizinan: licensing (NIB, SPP-IRT, halal, HAKI, BPOM). */
	P4,

	/** Pemasaran: marketing through bazaars, marketplaces, DKI outlets. */
	P5,

	/** Pelaporan keuangan: bookkeeping and monthly sales reports. */
	P6,

	/** Permodalan: access to capital (Bank DKI, KUR, partners). */
	P7

}
