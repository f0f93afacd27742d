package id.jakpreneur.portal.assessment;

import java.time.LocalDate;

/**
 * How far a participant is towards completing a step still needed, and what is still missing, as the module that
 * runs the step counts it from its facts: "2 dari 4 sesi pendampingan pada hari berbeda, sampai 14 Maret 2027".
 *
 * @param step the step
 * @param messageKey the sentence ({@code assessment.gap.*}); its arguments are {0} done, {1} needed, {2} the date
 *        (formatted by the page), {3} the detail
 * @param done how many of the needed facts are there
 * @param needed how many the rule asks
 * @param until the last day the facts counted so far still count; {@code null} when the rule has no window
 * @param detail what is missing by name (licences); "" when nothing to name
 */
public record StepGap(StepCode step, String messageKey, int done, int needed, LocalDate until, String detail) {

	public StepGap {
		detail = detail == null ? "" : detail;
	}

	/** A step done once, by one recorded fact (P5, P7): nothing of it yet while the step is needed. */
	public static StepGap none(StepCode step) {
		return new StepGap(step, "assessment.gap." + step.name(), 0, 1, null, "");
	}

}
