package id.jakpreneur.portal.entrepreneur;

/** The business sector a participant declares; about 80% of JakPreneur businesses are food (kuliner). */
public enum Sector {

	KULINER, FESYEN, KRIYA, JASA, AGRIBISNIS, LAINNYA

}
