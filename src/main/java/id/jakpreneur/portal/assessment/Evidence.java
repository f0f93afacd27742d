package id.jakpreneur.portal.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What proves a step, kept as a message key and its arguments rather than as a sentence, so that every page shows it
 * in its reader's language ({@code assessment.web.StepEvidence}). Stored in the text columns that held sentences
 * before (a completion's evidence, the steps of an assessment, a timeline entry's arguments) as
 * {@code evidence.P2.runningSince|2023-06}: the key, then each argument after a {@code |}, with {@code %}, {@code |},
 * {@code "} and {@code \} of an argument written as {@code %25}, {@code %7C}, {@code %22} and {@code %5C} (so the
 * stored form never needs escaping in JSON or in an array literal). A text that does not start with
 * {@value #KEYS} is a sentence written before keys were stored, and is shown as it is.
 *
 * @param key a message key starting with {@value #KEYS}
 * @param args the arguments, already in words the same in both languages (numbers, dates, names, Rupiah)
 */
public record Evidence(String key, List<String> args) {

	/** What every evidence key starts with. */
	public static final String KEYS = "evidence.";

	/** The most characters of one argument kept (names and titles typed by people can be long). */
	public static final int LONGEST_ARGUMENT = 200;

	private static final char SEPARATOR = '|';

	public Evidence {
		Objects.requireNonNull(key, "key");
		if (!key.startsWith(KEYS) || key.indexOf(SEPARATOR) >= 0) {
			throw new IllegalArgumentException("not an evidence key: " + key);
		}
		args = List.copyOf(args);
	}

	/** Evidence with these arguments, each turned into text and cut to {@value #LONGEST_ARGUMENT} characters. */
	public static Evidence of(String key, Object... args) {
		List<String> texts = new ArrayList<>(args.length);
		for (Object arg : args) {
			String text = String.valueOf(arg);
			texts.add(text.length() > LONGEST_ARGUMENT ? text.substring(0, LONGEST_ARGUMENT) : text);
		}
		return new Evidence(key, texts);
	}

	/** This evidence, its arguments cut shorter until the stored form has at most {@code characters}. */
	public Evidence fitting(int characters) {
		Evidence evidence = this;
		for (int longest = LONGEST_ARGUMENT; evidence.stored().length() > characters && longest > 0; longest /= 2) {
			int cut = longest;
			evidence = new Evidence(key, args.stream().map(a -> a.length() > cut ? a.substring(0, cut) : a).toList());
		}
		return evidence;
	}

	/** The stored form. */
	public String stored() {
		StringBuilder text = new StringBuilder(key);
		for (String arg : args) {
			text.append(SEPARATOR);
			for (int i = 0; i < arg.length(); i++) {
				char c = arg.charAt(i);
				switch (c) {
					case '%' -> text.append("%25");
					case '|' -> text.append("%7C");
					case '"' -> text.append("%22");
					case '\\' -> text.append("%5C");
					default -> text.append(c);
				}
			}
		}
		return text.toString();
	}

	/** The evidence a stored text holds, or empty for a sentence stored before keys were (shown as it is). */
	public static Optional<Evidence> read(String stored) {
		if (stored == null || !stored.startsWith(KEYS)) {
			return Optional.empty();
		}
		String[] parts = stored.split("\\|", -1);
		List<String> args = new ArrayList<>(parts.length - 1);
		for (int i = 1; i < parts.length; i++) {
			args.add(unescape(parts[i]));
		}
		return Optional.of(new Evidence(parts[0], args));
	}

	private static String unescape(String arg) {
		StringBuilder text = new StringBuilder(arg.length());
		for (int i = 0; i < arg.length(); i++) {
			String code = arg.charAt(i) == '%' && i + 3 <= arg.length() ? arg.substring(i, i + 3) : "";
			switch (code) {
				case "%25" -> text.append('%');
				case "%7C" -> text.append('|');
				case "%22" -> text.append('"');
				case "%5C" -> text.append('\\');
				default -> {
					text.append(arg.charAt(i));
					continue;
				}
			}
			i += 2;
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return stored();
	}

}
