package id.jakpreneur.loadtest;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a run of the suite is told through system properties (all optional; the defaults drive the one-command portal
 * of README.md with its demo accounts). Each {@code -D} given to Maven reaches the Gatling JVM.
 *
 * <ul>
 * <li>{@code gatling.baseUrl}: the portal, or several separated by commas (virtual users are shared round-robin);
 * {@code http://localhost:8080}</li>
 * <li>{@code gatling.users}: concurrent users of the whole mix at the plateau; {@code 8}</li>
 * <li>{@code gatling.ramp}, {@code gatling.duration}: seconds to reach them, seconds to hold them; {@code 30}, {@code 120}</li>
 * <li>{@code gatling.mix}: shares of citizens, officers, mentors, administrators; {@code 60,20,15,5}</li>
 * <li>{@code gatling.think}: the scale of every think time (1 = as a person reads and types, 0 = none); {@code 1}</li>
 * <li>{@code gatling.password}: the password of every account; {@code jakpreneur-demo}</li>
 * <li>{@code gatling.citizens}, {@code gatling.officers}, {@code gatling.mentors}, {@code gatling.admins}: login names,
 * see {@link LoginNames}; the demo accounts by default</li>
 * <li>{@code gatling.searchPrefixes}: name prefixes officers search for; common Indonesian first names</li>
 * <li>{@code gatling.maxP95}: when set (ms), the run fails when the 95th percentile of all requests reaches it;
 * a run also fails on any failed request</li>
 * </ul>
 */
final class LoadSettings {

	static final List<String> BASE_URLS = list("gatling.baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("gatling.users", 8);

	static final Duration RAMP = Duration.ofSeconds(Long.getLong("gatling.ramp", 30));

	static final Duration DURATION = Duration.ofSeconds(Long.getLong("gatling.duration", 120));

	static final List<Integer> MIX = list("gatling.mix", "60,20,15,5").stream().map(Integer::valueOf).toList();

	static final double THINK = Double.parseDouble(System.getProperty("gatling.think", "1"));

	static final String PASSWORD = System.getProperty("gatling.password", "jakpreneur-demo");

	static final LoginNames CITIZENS = LoginNames.parse(System.getProperty("gatling.citizens",
			"warga@demo.local,dewi@demo.local"));

	static final LoginNames OFFICERS = LoginNames.parse(System.getProperty("gatling.officers", "officer@demo.local"));

	static final LoginNames MENTORS = LoginNames.parse(System.getProperty("gatling.mentors", "mentor@demo.local"));

	static final LoginNames ADMINS = LoginNames.parse(System.getProperty("gatling.admins", "admin@demo.local"));

	static final List<String> SEARCH_PREFIXES = list("gatling.searchPrefixes",
			"Siti,Dewi,Sri,Nur,Agus,Budi,Rina,Wati,Ahmad,Putri,Eka,Yuli,Andi,Lestari,Hendra,Ratna");

	/** The 95th percentile (ms) that fails the run; 0 for none. */
	static final int MAX_P95 = Integer.getInteger("gatling.maxP95", 0);

	private LoadSettings() {
	}

	/**
	 * The concurrent users of one role: its share of {@link #USERS}, rounded, at least one when the share is not 0 so
	 * that a small run still has every role.
	 */
	static int usersOf(int role) {
		int share = MIX.get(role);
		int total = MIX.stream().mapToInt(Integer::intValue).sum();
		if (share == 0) {
			return 0;
		}
		return Math.max(1, Math.round((float) USERS * share / total));
	}

	/** A think time of a person, scaled by {@link #THINK}. */
	static Duration seconds(double seconds) {
		return Duration.ofMillis(Math.round(seconds * THINK * 1000));
	}

	private static List<String> list(String property, String fallback) {
		return Arrays.stream(System.getProperty(property, fallback).split(","))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.toList();
	}

}
