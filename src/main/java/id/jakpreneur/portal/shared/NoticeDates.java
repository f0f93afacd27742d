package id.jakpreneur.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Dates as notices name them (a notice's arguments are shown as they are, in either language, in the bell, an
 * e-mail or a WhatsApp message): days {@code 05-12-2026}, moments in Jakarta's time {@code 05-12-2026 14:30},
 * months {@code 12-2026}, periods {@code 01-01-2027 – 07-01-2027}.
 */
public final class NoticeDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-yyyy");

	private NoticeDates() {
	}

	public static String day(LocalDate day) {
		return DAY.format(day);
	}

	/** The moment in Jakarta's time, to the minute. */
	public static String time(Instant moment) {
		return TIME.format(moment.atZone(Jakarta.ZONE));
	}

	public static String month(YearMonth month) {
		return MONTH.format(month);
	}

	public static String period(LocalDate first, LocalDate last) {
		return day(first) + " – " + day(last);
	}

}
