package id.jakpreneur.portal.outlet.domain;

import java.time.LocalDate;

/** A call for one period of an outlet: its dates, the last day to apply, and days to confirm an offered place. */
public record CallDraft(LocalDate startsOn, LocalDate endsOn, LocalDate applyUntil, int confirmDays) {
}
