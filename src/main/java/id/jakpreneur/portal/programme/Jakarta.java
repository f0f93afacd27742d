package id.jakpreneur.portal.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Today and this month in Jakarta (WIB): classes and report months are local, whatever the server's zone. */
final class Jakarta {

	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private Jakarta() {
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	static YearMonth thisMonth() {
		return YearMonth.now(ZONE);
	}

}
