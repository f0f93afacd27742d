package id.jakpreneur.portal.entrepreneur;

import java.time.LocalDate;

/**
 * An officer (or administrator) opened more NIK or KK numbers today than {@code
 * jakpreneur.personal-data.reveal-alert-per-day} allows without a second look: published once per officer and
 * day, inside the transaction of the reveal that crossed the line. The mentoring module's notices tell the
 * administrators.
 */
public record PersonalDataRevealsExceeded(long officerAccountId, String officerName, LocalDate day, int reveals,
		int limit) {
}
