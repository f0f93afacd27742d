package id.jakpreneur.portal.partner;

import java.time.LocalDate;

/**
 * What the partner records with a step of a capital application: with APPROVED the approved amount (whole rupiah),
 * the tenor in months, the product (KUR, a bank's own credit...) and the day of the decision; with COMPLETED the
 * amount paid out and the day; with REJECTED the day of the decision (today when empty). Fields a step does not need
 * are ignored. The rules are the aggregate's ({@code CapitalRequest}); this only carries the values.
 */
public record CapitalDecision(Long approvedAmount, Integer tenorMonths, String product, LocalDate decidedOn,
		Long disbursedAmount, LocalDate disbursedOn) {

	/** Nothing recorded: a step of a referral that is no capital application, or one that needs nothing. */
	public static CapitalDecision none() {
		return new CapitalDecision(null, null, null, null, null, null);
	}

}
