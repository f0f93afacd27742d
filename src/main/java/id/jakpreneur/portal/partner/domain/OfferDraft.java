package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.OfferTarget;

/** An offer as typed by an officer. */
public record OfferDraft(OfferKind kind, String title, String description, OfferTarget target, boolean active) {
}
