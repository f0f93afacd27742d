package id.jakpreneur.portal.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * This running portal among its instances: host, process id and a random tag (two portals in one JVM, as in tests,
 * are still two). Written where work is owned by an instance: scheduled job locks, bulk re-assessment runs.
 */
@Component
public class PortalInstance {

	private final String name;

	PortalInstance() {
		this.name = host() + ":" + ProcessHandle.current().pid() + ":"
				+ HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
	}

	/** At most 120 characters. */
	public String name() {
		return name;
	}

	private static String host() {
		String host = System.getenv("HOSTNAME");
		if (host == null || host.isBlank()) {
			try {
				host = InetAddress.getLocalHost().getHostName();
			}
			catch (UnknownHostException ex) {
				host = "unknown";
			}
		}
		return host.length() > 90 ? host.substring(0, 90) : host;
	}

	@Override
	public String toString() {
		return name;
	}

}
