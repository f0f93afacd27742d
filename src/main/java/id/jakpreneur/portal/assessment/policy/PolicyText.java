package id.jakpreneur.portal.assessment.policy;

import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.LicenceType;

/**
 * How the policy prints the arguments of its reasons and the evidence of its steps: counts, months, Rupiah and
 * licences. Written by hand for speed (the policy assesses a million businesses per CPU-second): the formatters of
 * the JDK cost a large part of an assessment here, so the small numbers are printed once and reused.
 */
final class PolicyText {

	private static final LicenceType[] LICENCE_TYPES = LicenceType.values();

	/** Counts up to 1,199 printed once: months of running, channels and employees are in most assessments' reasons. */
	private static final String[] COUNTS = new String[1200];

	/** "000" to "999": the groups of three digits after the first, printed once. */
	private static final String[] GROUPS = new String[1000];

	static {
		for (int i = 0; i < COUNTS.length; i++) {
			COUNTS[i] = Integer.toString(i);
		}
		for (int i = 0; i < GROUPS.length; i++) {
			GROUPS[i] = (i < 10 ? "00" : i < 100 ? "0" : "") + i;
		}
	}

	private PolicyText() {
	}

	static String count(long count) {
		return count >= 0 && count < COUNTS.length ? COUNTS[(int) count] : Long.toString(count);
	}

	/** "2023-04": a month as the reasons print it (by hand: a DateTimeFormatter was a tenth of an assessment). */
	static String yearMonth(LocalDate day) {
		int month = day.getMonthValue();
		return day.getYear() + (month < 10 ? "-0" : "-") + month;
	}

	/**
	 * Rupiah as written in Indonesia, the same in both languages: "Rp 1.000.000.000". Written by hand from groups of
	 * three digits in one concatenation: a {@code String.format} here built a new DecimalFormatSymbols per call and
	 * cost most of an assessment, and a digit-by-digit loop still cost a tenth of one.
	 */
	static String rupiah(long amount) {
		if (amount < 0) {
			throw new IllegalArgumentException("amounts are never negative: " + amount);
		}
		if (amount < 1_000) {
			return "Rp " + count(amount);
		}
		String ones = GROUPS[(int) (amount % 1_000)];
		long rest = amount / 1_000;
		if (rest < 1_000) {
			return "Rp " + count(rest) + "." + ones;
		}
		String thousands = GROUPS[(int) (rest % 1_000)];
		rest /= 1_000;
		if (rest < 1_000) {
			return "Rp " + count(rest) + "." + thousands + "." + ones;
		}
		String millions = GROUPS[(int) (rest % 1_000)];
		rest /= 1_000;
		if (rest < 1_000) {
			return "Rp " + count(rest) + "." + millions + "." + thousands + "." + ones;
		}
		String billions = GROUPS[(int) (rest % 1_000)];
		rest /= 1_000;
		if (rest < 1_000) {
			return "Rp " + count(rest) + "." + billions + "." + millions + "." + thousands + "." + ones;
		}
		return rupiah(rest).concat("." + billions + "." + millions + "." + thousands + "." + ones);
	}

	/** Every licence held, in a fixed order, each with its number when known: "NIB 912..., SPP-IRT 209...". */
	static String licenceEvidence(AssessmentInput in) {
		StringBuilder text = new StringBuilder(48);
		for (LicenceType licence : LICENCE_TYPES) {
			if (in.holds(licence)) {
				if (!text.isEmpty()) {
					text.append(", ");
				}
				text.append(licence.documentName());
				String number = in.licenceNumber(licence).strip();
				if (!number.isEmpty()) {
					text.append(' ').append(number);
				}
			}
		}
		return text.toString();
	}

}
