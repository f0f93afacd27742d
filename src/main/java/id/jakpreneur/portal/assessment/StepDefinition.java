package id.jakpreneur.portal.assessment;

import java.util.Locale;

import id.jakpreneur.portal.assessment.domain.Localised;

/**
 * One of the 7 steps as one agency runs it (table {@code step_definition}): its place in that agency's order,
 * whether it is required, and what completes it.
 */
public record StepDefinition(String agencyCode, StepCode step, int position, boolean required,
		String completionRuleId, String completionRuleEn) {

	public String completionRule(Locale locale) {
		return Localised.pick(locale, completionRuleId, completionRuleEn);
	}

}
