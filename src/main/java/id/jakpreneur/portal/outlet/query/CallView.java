package id.jakpreneur.portal.outlet.query;

import java.time.LocalDate;

/**
 * A call with its numbers: applicants waiting, places held, and utilisation (confirmed place-days over all
 * place-days of the period, in whole percent).
 */
public record CallView(long id, long outletId, LocalDate startsOn, LocalDate endsOn, LocalDate applyUntil,
		int confirmDays, int waiting, int held, int utilisationPercent) {

	public boolean open(LocalDate today) {
		return !today.isAfter(applyUntil);
	}

	public long days() {
		return endsOn.toEpochDay() - startsOn.toEpochDay() + 1;
	}

}
