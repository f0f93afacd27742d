package id.jakpreneur.loadtest;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The accounts one role logs in with: either a list ({@code warga@demo.local,dewi@demo.local}) or a pattern with a
 * number range ({@code citizen%d@load.local:1-1000000}, a {@code String.format} pattern), from which every virtual
 * user draws one at random. Fed to Gatling as the session attribute {@code login}.
 */
record LoginNames(List<String> names, String pattern, int from, int to) {

	static LoginNames parse(String text) {
		if (text.contains("%")) {
			int colon = text.lastIndexOf(':');
			String[] range = text.substring(colon + 1).split("-");
			return new LoginNames(List.of(), text.substring(0, colon), Integer.parseInt(range[0].strip()),
					Integer.parseInt(range[1].strip()));
		}
		return new LoginNames(Arrays.stream(text.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList(),
				null, 0, 0);
	}

	String any() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		if (pattern == null) {
			return names.get(random.nextInt(names.size()));
		}
		return String.format(pattern, random.nextInt(from, to + 1));
	}

	/** An endless feeder of {@code login}. */
	Iterator<Map<String, Object>> feeder() {
		return Stream.generate(() -> Map.<String, Object>of("login", any())).iterator();
	}

	@Override
	public String toString() {
		return pattern == null ? String.join(",", names) : pattern + ":" + from + "-" + to;
	}

}
