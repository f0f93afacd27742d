package id.jakpreneur.portal.assessment.policy;

import java.util.List;
import java.util.Objects;

/**
 * One rule that fired during an assessment, so the entrepreneur (and the mentor) can see why the result is what it
 * is. The text lives in {@code i18n/assessment*.properties}; the policy fills the arguments with ready-made strings.
 *
 * @param ruleCode stable identifier of the rule, for audits and for comparing policy versions
 * @param messageKey key of the message that explains the rule to the entrepreneur
 * @param args message arguments, already formatted (a Rupiah amount, a licence number, a month)
 */
public record Reason(String ruleCode, String messageKey, List<String> args) {

	public Reason {
		Objects.requireNonNull(ruleCode, "ruleCode");
		Objects.requireNonNull(messageKey, "messageKey");
		args = List.copyOf(args);
	}

	/** A reason whose message takes no argument. */
	public static Reason of(String ruleCode, String messageKey) {
		return new Reason(ruleCode, messageKey, List.of());
	}

	/** A reason whose message takes one argument. */
	public static Reason of(String ruleCode, String messageKey, String arg) {
		return new Reason(ruleCode, messageKey, List.of(arg));
	}

	/** A reason whose message takes the given arguments. */
	public static Reason of(String ruleCode, String messageKey, String... args) {
		return new Reason(ruleCode, messageKey, List.of(args));
	}

}
