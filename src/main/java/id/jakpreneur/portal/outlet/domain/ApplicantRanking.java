package id.jakpreneur.portal.outlet.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The fair order in which applicants of a call get places, best first:
 * <ol>
 * <li>the better grade of the product applied with (A before B before C);</li>
 * <li>those who never had a place at any outlet before those who had;</li>
 * <li>those living in the outlet's kota before others (area);</li>
 * <li>fewer periods in a row at this outlet just before (rotation);</li>
 * <li>the longest since their last place ended (waiting time);</li>
 * <li>the earliest application, then the lowest id.</li>
 * </ol>
 * The waiting list is the same order minus those given a place. Pure, so the order is tested as a table.
 */
public final class ApplicantRanking {

	static final Comparator<Applicant> ORDER = Comparator.comparing(Applicant::grade)
		.thenComparing(Applicant::hadPlaceBefore)
		.thenComparing(a -> !a.localArea())
		.thenComparingInt(Applicant::consecutivePeriods)
		.thenComparing(Applicant::lastPlaceEnded, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Applicant::appliedAt)
		.thenComparingLong(Applicant::applicationId);

	private ApplicantRanking() {
	}

	public static List<Applicant> rank(List<Applicant> applicants) {
		return applicants.stream().sorted(ORDER).toList();
	}

	/**
	 * What the ranking looks at for one application.
	 *
	 * @param lastPlaceEnded the end of the applicant's latest booking at any outlet, null when they never had one
	 */
	public record Applicant(long applicationId, Grade grade, boolean hadPlaceBefore, boolean localArea,
			int consecutivePeriods, LocalDate lastPlaceEnded, Instant appliedAt) {
	}

}
