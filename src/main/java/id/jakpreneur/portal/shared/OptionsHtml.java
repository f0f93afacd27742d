package id.jakpreneur.portal.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * A select's fixed choices (reference data: regions, sectors) as its {@code <option>} elements, escaped once when
 * built: a request only marks the chosen one, instead of evaluating a few template expressions for every option of
 * every page (decision 116).
 */
public final class OptionsHtml {

	/** An option's value and its HTML up to the end of its value attribute, and the rest after it. */
	private record Option(String value, String start, String end) {
	}

	private final List<Option> options;

	private final int length;

	private OptionsHtml(List<Option> options) {
		this.options = options;
		this.length = options.stream().mapToInt(o -> o.start().length() + o.end().length() + 20).sum();
	}

	/** The options for these items in this order: each item's value and label. */
	public static <T> OptionsHtml of(List<T> items, Function<T, String> value, Function<T, String> label) {
		return new OptionsHtml(items.stream()
			.map(item -> new Option(value.apply(item), "<option value=\"" + escape(value.apply(item)) + "\"",
					">" + escape(label.apply(item)) + "</option>"))
			.toList());
	}

	/** The options, the one whose value is {@code selected} (may be null) marked as chosen. */
	public String html(String selected) {
		return appendTo(new StringBuilder(length), selected).toString();
	}

	/** {@link #html} written onto {@code out}, for a select that holds more than one list (option groups). */
	public StringBuilder appendTo(StringBuilder out, String selected) {
		for (Option option : options) {
			out.append(option.start());
			if (option.value().equals(selected)) {
				out.append(" selected=\"selected\"");
			}
			out.append(option.end());
		}
		return out;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
