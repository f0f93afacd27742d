package id.jakpreneur.portal.entrepreneur.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for the NIK (national identity number) and the KK (family card) number of a DKI resident. A NIK has
 * 16 digits: 1–6 the region (31 = DKI, then the kota), 7–12 the birth date as DDMMYY with 40 added to the day
 * for women, 13–16 a serial. Each check returns the message key of the first problem.
 */
public final class IdentityNumbers {

	/** Kota/kabupaten codes of DKI Jakarta as they appear in digits 3–4. */
	private static final Set<String> DKI_CITIES = Set.of("01", "71", "72", "73", "74", "75");

	private IdentityNumbers() {
	}

	/** Removes the spaces, dots and dashes people type between groups of digits. */
	public static String clean(String number) {
		return number == null ? "" : number.replaceAll("[\\s.\\-]", "");
	}

	public static Optional<String> nikProblem(String nik, LocalDate birthDate, Gender gender) {
		String n = clean(nik);
		if (!n.matches("\\d{16}")) {
			return Optional.of("nik.invalid.format");
		}
		if (!n.startsWith("31") || !DKI_CITIES.contains(n.substring(2, 4))) {
			return Optional.of("nik.invalid.notDki");
		}
		int day = Integer.parseInt(n.substring(6, 8));
		int month = Integer.parseInt(n.substring(8, 10));
		int year = Integer.parseInt(n.substring(10, 12));
		boolean female = day > 40;
		int realDay = female ? day - 40 : day;
		if (realDay < 1 || realDay > 31 || month < 1 || month > 12) {
			return Optional.of("nik.invalid.date");
		}
		if (birthDate != null && (birthDate.getDayOfMonth() != realDay || birthDate.getMonthValue() != month
				|| birthDate.getYear() % 100 != year)) {
			return Optional.of("nik.invalid.birthDateMismatch");
		}
		if (gender != null && female != (gender == Gender.FEMALE)) {
			return Optional.of(female ? "nik.invalid.femaleCode" : "nik.invalid.maleCode");
		}
		return Optional.empty();
	}

	public static Optional<String> kkProblem(String kk) {
		String n = clean(kk);
		if (!n.matches("\\d{16}")) {
			return Optional.of("kk.invalid.format");
		}
		if (!n.startsWith("31")) {
			return Optional.of("kk.invalid.notDki");
		}
		return Optional.empty();
	}

	/** "3171**********01": the kota part and the last two digits, enough to recognise, not to misuse. */
	public static String mask(String number) {
		String n = clean(number);
		if (n.length() < 8) {
			return "*".repeat(n.length());
		}
		return n.substring(0, 4) + "*".repeat(n.length() - 6) + n.substring(n.length() - 2);
	}

}
