package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer's request to see one number in clear: which, for which purpose, and why in their own words. A reason
 * must say something: at least {@value #MIN_REASON} characters with three different words of two letters or more
 * ({@code .....} or {@code aaaaaaaaaaaaaaaaaaaa} say nothing), at most {@value #MAX_REASON}, and no {@code <} or
 * {@code >}.
 */
public record RevealRequest(PersonalDataField field, RevealPurpose purpose, String reason) {

	public static final int MIN_REASON = 20;

	public static final int MAX_REASON = 300;

	private static final int MIN_WORDS = 3;

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	/** The reason's problem as a message key, if it has one. */
	public static Optional<String> reasonProblem(String reason) {
		String clean = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
		if (clean.length() > MAX_REASON) {
			return Optional.of("officer.reveal.reason.tooLong");
		}
		if (clean.contains("<") || clean.contains(">")) {
			return Optional.of("officer.reveal.reason.invalid");
		}
		if (clean.length() < MIN_REASON || distinctWords(clean) < MIN_WORDS) {
			return Optional.of("officer.reveal.reason.tooShort");
		}
		return Optional.empty();
	}

	private static long distinctWords(String text) {
		Matcher words = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (words.find()) {
			seen.add(words.group());
		}
		return seen.size();
	}

	/** The reason as stored: trimmed, with runs of white space made one space. */
	String cleanReason() {
		return reason.strip().replaceAll("\\s+", " ");
	}

}
