package id.jakpreneur.portal.partner;

/** An offer as typed by an officer. */
public record OfferDraft(OfferKind kind, String title, String description, OfferTarget target, boolean active) {
}
