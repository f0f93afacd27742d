package id.jakpreneur.portal.partner.query;

import id.jakpreneur.portal.partner.PartnerKind;
import id.jakpreneur.portal.partner.domain.MouStatus;
import java.time.LocalDate;

/** One row of the partner list, with the MoU flag officers act on. */
public record PartnerSummary(long id, PartnerKind kind, String name, String mouNumber, LocalDate mouEnd,
		MouStatus mouStatus, int activeOffers) {
}
