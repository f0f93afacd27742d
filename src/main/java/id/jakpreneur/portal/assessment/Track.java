package id.jakpreneur.portal.assessment;

/** Mentoring tracks: the focus a mentor works on with a business. */
public enum Track {

	/** Ide ke usaha: turning an idea into a running business. */
	IDEA_TO_BUSINESS,

	/** Legalitas &amp; standar produk: NIB, food licences, halal, labels and packaging. */
	LEGALITY_AND_STANDARDS,

	/** Pemasaran &amp; digital: regular sales, more channels, an online presence. */
	MARKETING_AND_DIGITAL,

	/** Keuangan &amp; pembukuan: bookkeeping and keeping business money apart. */
	FINANCE_AND_BOOKKEEPING,

	/** Akses permodalan: Bank DKI, KUR and partner financing. */
	CAPITAL_ACCESS,

	/** Ekspansi: bigger channels, more staff, new markets. */
	EXPANSION

}
