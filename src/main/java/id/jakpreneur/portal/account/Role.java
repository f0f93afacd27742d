package id.jakpreneur.portal.account;

/**
 * The roles of the portal. Each role has one home page it lands on after login. PARTNER is a partner
 * organisation's contact person, BUYER a purchasing officer of a DKI agency, BUMD or school (e-Order); they come last
 * because the authorisation matrix reads its columns in this order.
 */
public enum Role {

	ENTREPRENEUR("/me"), MENTOR("/mentor"), OFFICER("/officer"), ADMIN("/admin"), PARTNER("/partner"),
	BUYER("/buyer");

	private final String homePath;

	Role(String homePath) {
		this.homePath = homePath;
	}

	public String homePath() {
		return homePath;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether accounts of this role carry an area (kota or kecamatan codes) that scopes their work. */
	public boolean hasArea() {
		return this == MENTOR || this == OFFICER;
	}

}
