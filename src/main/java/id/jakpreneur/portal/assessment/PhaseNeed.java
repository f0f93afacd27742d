package id.jakpreneur.portal.assessment;

import java.util.List;

/**
 * One fact the policy asks of a business before it places it in the next phase, and whether the latest answers show
 * it already.
 *
 * @param messageKey the sentence that names the fact ({@code assessment.need.*})
 * @param args its arguments, already formatted (months, an amount)
 * @param met whether the latest answers show it
 */
public record PhaseNeed(String messageKey, List<String> args, boolean met) {

	public PhaseNeed {
		args = List.copyOf(args);
	}

}
