package id.jakpreneur.portal.partner;

import java.time.LocalDate;

/** An organisation as typed by an officer; the MoU fields are all given or all empty. */
public record PartnerDraft(PartnerKind kind, String name, String mouNumber, LocalDate mouStart, LocalDate mouEnd) {
}
