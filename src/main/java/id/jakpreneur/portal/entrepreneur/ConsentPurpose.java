package id.jakpreneur.portal.entrepreneur;

/**
 * What a participant's consent is for. Each is a separate choice she can withdraw on {@code /me/privacy}:
 * taking part in the programme (given at registration; withdrawing it is leaving the programme), sharing her data
 * with one named partner for one referral, showing her business's products to partners in the catalogue, and
 * receiving WhatsApp and e-mail messages.
 */
public enum ConsentPurpose {

	PARTICIPATION, PARTNER_SHARING, CATALOGUE, MESSAGES;

	/** Only a partner-sharing consent names what it is for (the referral); the others are one per participant. */
	public boolean needsReference() {
		return this == PARTNER_SHARING;
	}

	/** Catalogue and messages can be given again on the privacy page; the other two only where they are asked. */
	public boolean givenAgainOnPrivacyPage() {
		return this == CATALOGUE || this == MESSAGES;
	}

}
