package id.jakpreneur.portal.partner;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in Jakarta (WIB): MoU periods and size classes are counted in local days, whatever the server's zone. */
final class Jakarta {

	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private Jakarta() {
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
