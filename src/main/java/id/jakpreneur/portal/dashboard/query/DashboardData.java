package id.jakpreneur.portal.dashboard.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of one dashboard, read in a fixed number of statements. {@code byDistrict}: kecamatan code to its
 * counts; {@code agencyReached}: agency code to participants and steps reached ([0]: participants, [1..7]: P1..P7),
 * a participant fostered by two agencies counted by both; {@code targets}: agency code to the targets of P1..P7
 * summed over the selected years; {@code mentorsMostStalled}: the mentors with the most stalled mentees, at most
 * {@link DashboardQueries#TOP_MENTORS}; {@code capital}: capital by kota, then by partner; {@code eorder}: e-Order
 * (decision 124), read with the time of the last refresh.
 */
public record DashboardData(Totals total, Map<String, Totals> byDistrict, Map<String, long[]> agencyReached,
		Map<String, long[]> targets, List<PhaseEvents> events, List<MentorFigures> mentorsMostStalled,
		MentorTotals mentorTotals,
		List<OutletFigures> outlets, List<CapitalFigures> capital, EOrderFigures eorder) {

	/** When the summaries were last rebuilt; empty before the first refresh. */
	public Optional<Instant> refreshedAt() {
		return eorder.refreshedAt();
	}

}
