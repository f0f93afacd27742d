package id.jakpreneur.portal.outlet;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in Jakarta (WIB): periods and deadlines are local days, whatever the server's zone. */
final class Jakarta {

	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private Jakarta() {
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
