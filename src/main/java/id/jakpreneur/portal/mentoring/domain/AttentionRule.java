package id.jakpreneur.portal.mentoring.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which mentees need their mentor's attention, and why: a pure rule over what the mentor's list already holds.
 * <ul>
 * <li>No session for {@code quietDays} (30) days or more, counted from the assignment when there has been none.</li>
 * <li>Report overdue: every month, the previous month's sales figure (omzet) is verified in a session; after the
 * {@code reportDueDay} (10th) it is overdue. Until the 10th the month before the previous one is expected. A mentee
 * assigned after the end of the expected month owes nothing yet. (The figure comes from sessions: this schema has no
 * monthly-report table; see docs/decisions.md.)</li>
 * <li>Stuck: the first step the participant still needs has not moved for {@code stuckDays} (90) days.</li>
 * <li>An agreed action is past its due date.</li>
 * </ul>
 */
public final class AttentionRule {

	private AttentionRule() {
	}

	/**
	 * What the rule looks at for one mentee.
	 *
	 * @param assignedOn when the current mentor was assigned
	 * @param lastSessionOn the latest session, or {@code null}
	 * @param lastSalesMonth the latest month whose sales a mentor verified, or {@code null}
	 * @param overdueActions open actions past their due date
	 * @param currentStepSince since when the first needed step has been needed, or {@code null} (none, or not
	 * assessed)
	 */
	public record Progress(LocalDate assignedOn, LocalDate lastSessionOn, YearMonth lastSalesMonth, int overdueActions,
			LocalDate currentStepSince) {
	}

	public static Set<Attention> of(Progress progress, LocalDate today, MentoringSettings settings) {
		Set<Attention> flags = EnumSet.noneOf(Attention.class);
		LocalDate lastContact = progress.lastSessionOn() != null ? progress.lastSessionOn() : progress.assignedOn();
		if (ChronoUnit.DAYS.between(lastContact, today) >= settings.quietDays()) {
			flags.add(Attention.NO_RECENT_SESSION);
		}
		YearMonth expected = expectedSalesMonth(today, settings.reportDueDay());
		if (!progress.assignedOn().isAfter(expected.atEndOfMonth())
				&& (progress.lastSalesMonth() == null || progress.lastSalesMonth().isBefore(expected))) {
			flags.add(Attention.REPORT_OVERDUE);
		}
		if (progress.currentStepSince() != null
				&& ChronoUnit.DAYS.between(progress.currentStepSince(), today) >= settings.stuckDays()) {
			flags.add(Attention.STUCK_IN_STEP);
		}
		if (progress.overdueActions() > 0) {
			flags.add(Attention.ACTIONS_OVERDUE);
		}
		return flags;
	}

	/** The latest month whose sales should have been verified by {@code today}. */
	public static YearMonth expectedSalesMonth(LocalDate today, int dueDay) {
		YearMonth previous = YearMonth.from(today).minusMonths(1);
		return today.getDayOfMonth() > dueDay ? previous : previous.minusMonths(1);
	}

}
