package id.jakpreneur.portal.partner;

import java.time.LocalDate;
import java.util.List;

/**
 * A capital application as its pages show it: the referral; what the participant asked (whole rupiah, and why; none
 * when an officer made the referral); the rejection's reason; the partner's decision (approved amount, tenor in
 * months, product, day) and disbursement (amount, day); and the partner's notes the viewer may read (the participant:
 * those the partner chose to show; officers and the partner: all).
 */
public record CapitalApplication(ReferralSummary referral, Long amount, String purpose, String reason,
		Long approvedAmount, Integer tenorMonths, String product, LocalDate decidedOn, Long disbursedAmount,
		LocalDate disbursedOn, List<PartnerNote> notes) {

	public CapitalApplication {
		notes = List.copyOf(notes);
	}

	/** A note the partner wrote with a step. */
	public record PartnerNote(ReferralStatus status, String text, boolean shownToParticipant) {
	}

	public CapitalApplication withNotes(List<PartnerNote> notes) {
		return new CapitalApplication(referral, amount, purpose, reason, approvedAmount, tenorMonths, product,
				decidedOn, disbursedAmount, disbursedOn, notes);
	}

	public boolean disbursed() {
		return disbursedOn != null;
	}

}
