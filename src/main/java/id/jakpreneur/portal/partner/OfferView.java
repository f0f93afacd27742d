package id.jakpreneur.portal.partner;

/** An offer with its partner's name, for lists, the referral form and the participant's page. */
public record OfferView(long id, long partnerId, String partnerName, PartnerKind partnerKind, OfferKind kind,
		String title, String description, OfferTarget target, boolean active) {
}
