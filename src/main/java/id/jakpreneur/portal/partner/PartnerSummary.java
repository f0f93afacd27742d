package id.jakpreneur.portal.partner;

import java.time.LocalDate;

/** One row of the partner list, with the MoU flag officers act on. */
public record PartnerSummary(long id, PartnerKind kind, String name, String mouNumber, LocalDate mouEnd,
		MouStatus mouStatus, int activeOffers) {
}
