package id.jakpreneur.portal.partner;

import java.util.Arrays;
import java.util.Optional;

/**
 * The development phases an offer can target, stored as text codes. They mirror the assessment module's phases
 * by name; this module may not depend on assessment (it is built in parallel), so the codes are repeated here
 * (docs/decisions.md) and the caller of the matcher supplies a participant's phase as its code.
 */
public enum PhaseCode {

	IDEA, EARLY, GROWING, SCALING, GRADUATED;

	/** The phase for a code such as {@code "GROWING"}; empty for a blank or unknown code. */
	public static Optional<PhaseCode> fromCode(String code) {
		return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
	}

}
