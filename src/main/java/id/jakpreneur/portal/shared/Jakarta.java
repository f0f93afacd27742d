package id.jakpreneur.portal.shared;

import java.time.ZoneId;

/**
 * Jakarta's time zone (WIB). Days, months and deadlines of the programme are local to Jakarta whatever the
 * server's zone. "Now" comes from the one {@link java.time.Clock} bean, which is in this zone.
 */
public final class Jakarta {

	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private Jakarta() {
	}

}
