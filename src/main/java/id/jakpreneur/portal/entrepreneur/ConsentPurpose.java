package id.jakpreneur.portal.entrepreneur;

/**
 * What a participant's consent is for. Each is a separate choice she can withdraw on {@code /me/privacy}:
 * taking part in the programme (given at registration; withdrawing it is leaving the programme), sharing her data
 * with one named partner for one referral, showing her business's products to partners in the catalogue, and
 * receiving WhatsApp and e-mail messages, and publishing her curated products with the business profile she chose to
 * everyone on the public Katalog JakPreneur ({@code /katalog}, decision 118).
 */
public enum ConsentPurpose {

	PARTICIPATION, PARTNER_SHARING, CATALOGUE, MESSAGES, PUBLIC_CATALOGUE;

	/** Only a partner-sharing consent names what it is for (the referral); the others are one per participant. */
	public boolean needsReference() {
		return this == PARTNER_SHARING;
	}

	/**
	 * Catalogue and messages can be given again on the privacy page; the others only where they are asked (the public
	 * catalogue on {@code /me/katalog}, with the business profile it publishes).
	 */
	public boolean givenAgainOnPrivacyPage() {
		return this == CATALOGUE || this == MESSAGES;
	}

}
