package id.jakpreneur.portal.assessment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.assessment.policy.Reason;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * How steps, reasons and licences are written into the assessment's json columns, and enum sets into its text[]
 * columns. Written by hand (a bulk re-assessment writes a million of them, and the shape is tiny and fixed), read
 * back with Jackson (the streaming parser where a bulk re-assessment reads a million).
 */
public final class StoredJson {

	private static final JsonMapper JSON = JsonMapper.shared();

	/** What every reason's message key starts with; stored without it. */
	public static final String REASON_KEYS = "assessment.reason.";

	private StoredJson() {
	}

	/**
	 * {@code [["COMPLETED"],["RECOGNISED","NIB 9120001234567"],["NEEDED"], ...]}: the status and any evidence of
	 * P1 to P7, in that order.
	 */
	public static String steps(List<StepOutcome> steps) {
		StringBuilder json = new StringBuilder(160).append('[');
		for (int i = 0; i < steps.size(); i++) {
			StepOutcome step = steps.get(i);
			if (step.step().ordinal() != i) {
				throw new IllegalArgumentException("steps are stored P1 to P7 in order, found " + step.step() + " at " + i);
			}
			if (i > 0) {
				json.append(',');
			}
			json.append("[\"").append(step.status().name()).append('"');
			if (step.evidence() != null) {
				json.append(',');
				string(json, step.evidence());
			}
			json.append(']');
		}
		return json.append(']').toString();
	}

	/**
	 * Reads what {@link #steps(List)} wrote, and the older form that named each field,
	 * {@code [{"step":"P1","status":"COMPLETED","evidence":null}, ...]}, which assessments stored before 2026-11-28
	 * still have (assessments are never rewritten).
	 */
	public static List<StepOutcome> steps(String json) {
		List<StepOutcome> compact = compactSteps(json);
		if (compact != null) {
			return compact;
		}
		List<StepOutcome> steps = new ArrayList<>(7);
		try (JsonParser parser = JSON.createParser(json)) {
			expect(parser.nextToken(), JsonToken.START_ARRAY);
			JsonToken element;
			while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
				if (element == JsonToken.START_OBJECT) {
					Map<String, String> fields = fields(parser);
					steps.add(new StepOutcome(StepCode.valueOf(fields.get("step")),
							StepStatus.valueOf(fields.get("status")), fields.get("evidence")));
				}
				else {
					expect(element, JsonToken.START_ARRAY);
					List<String> values = strings(parser);
					steps.add(new StepOutcome(StepCode.values()[steps.size()], StepStatus.valueOf(values.get(0)),
							values.size() > 1 ? values.get(1) : null));
				}
			}
		}
		return steps;
	}

	/**
	 * The compact form exactly as {@link #steps(List)} writes it when no text needed escaping, as a bulk
	 * re-assessment reads it a million times, without a JSON parser (which took a fifth of its workers' time); null
	 * for anything else (the older form, escapes, spaces), which Jackson reads.
	 */
	private static List<StepOutcome> compactSteps(String json) {
		if (json.length() < 4 || json.charAt(0) != '[' || json.charAt(1) != '[' || json.indexOf('\\') >= 0) {
			return null;
		}
		StepCode[] codes = StepCode.values();
		List<StepOutcome> steps = new ArrayList<>(codes.length);
		try {
			int at = 1;
			while (steps.size() < codes.length && json.startsWith("[\"", at)) {
				int end = json.indexOf('"', at + 2);
				StepStatus status = StepStatus.valueOf(json.substring(at + 2, end));
				String evidence = null;
				at = end + 1;
				if (json.startsWith(",\"", at)) {
					end = json.indexOf('"', at + 2);
					evidence = json.substring(at + 2, end);
					at = end + 1;
				}
				if (json.charAt(at) != ']') {
					return null;
				}
				steps.add(new StepOutcome(codes[steps.size()], status, evidence));
				at++;
				if (json.charAt(at) == ']') {
					return at == json.length() - 1 ? steps : null;
				}
				if (json.charAt(at) != ',') {
					return null;
				}
				at++;
			}
			return null;
		}
		catch (IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/** The string (or null) fields of the object the parser just entered, up to its end. */
	private static Map<String, String> fields(JsonParser parser) {
		Map<String, String> fields = new HashMap<>(8);
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken value = parser.nextToken();
			if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
				throw new IllegalStateException("unexpected nested value in " + name);
			}
			fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getString());
		}
		return fields;
	}

	/** The strings (or nulls) of the array the parser just entered, up to its end. */
	private static List<String> strings(JsonParser parser) {
		List<String> values = new ArrayList<>(4);
		JsonToken value;
		while ((value = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
				throw new IllegalStateException("unexpected nested value");
			}
			values.add(value == JsonToken.VALUE_NULL ? null : parser.getString());
		}
		return values;
	}

	private static void expect(JsonToken actual, JsonToken expected) {
		if (actual != expected) {
			throw new IllegalStateException("expected " + expected + " but found " + actual);
		}
	}

	/**
	 * {@code [["phase.growing","phaseGrowing"],["size.sales","sizeByAnnualSales","Rp 108.000.000","Rp 9.000.000"]]}:
	 * per reason its rule, its message key without the common {@value #REASON_KEYS} and its arguments.
	 * @throws IllegalArgumentException for a message key outside {@value #REASON_KEYS}
	 */
	public static String reasons(List<Reason> reasons) {
		StringBuilder json = new StringBuilder(reasons.size() * 48 + 2).append('[');
		for (Reason reason : reasons) {
			if (!reason.messageKey().startsWith(REASON_KEYS)) {
				throw new IllegalArgumentException("a reason's message key starts with " + REASON_KEYS + ": "
						+ reason.messageKey());
			}
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('[');
			string(json, reason.ruleCode());
			json.append(',');
			string(json, reason.messageKey().substring(REASON_KEYS.length()));
			for (String arg : reason.args()) {
				json.append(',');
				string(json, arg);
			}
			json.append(']');
		}
		return json.append(']').toString();
	}

	/**
	 * Reads what {@link #reasons(List)} wrote, and the older form that named each field,
	 * {@code [{"rule":"phase.growing","key":"assessment.reason.phaseGrowing","args":[]}, ...]}.
	 */
	public static List<Reason> reasons(String json) {
		List<Reason> reasons = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(json)) {
			expect(parser.nextToken(), JsonToken.START_ARRAY);
			JsonToken element;
			while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
				if (element == JsonToken.START_OBJECT) {
					reasons.add(oldReason(parser));
				}
				else {
					expect(element, JsonToken.START_ARRAY);
					List<String> values = strings(parser);
					reasons.add(new Reason(values.get(0), REASON_KEYS + values.get(1), values.subList(2, values.size())));
				}
			}
		}
		return reasons;
	}

	private static Reason oldReason(JsonParser parser) {
		String rule = null;
		String key = null;
		List<String> args = List.of();
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken value = parser.nextToken();
			switch (name) {
				case "rule" -> rule = parser.getString();
				case "key" -> key = parser.getString();
				case "args" -> {
					expect(value, JsonToken.START_ARRAY);
					args = strings(parser);
				}
				default -> throw new IllegalStateException("unexpected field " + name);
			}
		}
		return new Reason(rule, key, args);
	}

	/** {@code {"NIB":"9120001234567","HALAL":""}}, in the enum's order. */
	public static String licences(Map<LicenceType, String> licences) {
		StringBuilder json = new StringBuilder(64).append('{');
		for (LicenceType type : LicenceType.values()) {
			if (licences.containsKey(type)) {
				if (json.length() > 1) {
					json.append(',');
				}
				json.append('"').append(type.name()).append("\":");
				string(json, licences.get(type) == null ? "" : licences.get(type));
			}
		}
		return json.append('}').toString();
	}

	public static Map<LicenceType, String> licences(String json) {
		Map<LicenceType, String> licences = new EnumMap<>(LicenceType.class);
		try (JsonParser parser = JSON.createParser(json)) {
			expect(parser.nextToken(), JsonToken.START_OBJECT);
			fields(parser).forEach((type, number) -> licences.put(LicenceType.valueOf(type), number == null ? "" : number));
		}
		return licences;
	}

	/** A PostgreSQL array literal of enum names, {@code {OFFLINE,MARKETPLACE}}: names need no quoting. */
	public static String names(Collection<? extends Enum<?>> values) {
		StringBuilder text = new StringBuilder(40).append('{');
		for (Enum<?> value : values) {
			if (text.length() > 1) {
				text.append(',');
			}
			text.append(value.name());
		}
		return text.append('}').toString();
	}

	/** Reads back what {@link #names} wrote (PostgreSQL prints a text[] of plain words the same way). */
	public static <E extends Enum<E>> Set<E> names(String array, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (array == null || array.length() <= 2) {
			return values;
		}
		for (String name : array.substring(1, array.length() - 1).split(",")) {
			values.add(Enum.valueOf(type, name));
		}
		return values;
	}

	/** The statuses of P1 to P7 as a PostgreSQL array literal, {@code {COMPLETED,RECOGNISED,NEEDED,...}}. */
	public static String stepStatuses(List<StepOutcome> steps) {
		List<StepStatus> statuses = new ArrayList<>(steps.size());
		for (int i = 0; i < steps.size(); i++) {
			StepOutcome step = steps.get(i);
			if (step.step().ordinal() != i) {
				throw new IllegalArgumentException("steps are stored P1 to P7 in order, found " + step.step() + " at " + i);
			}
			statuses.add(step.status());
		}
		return names(statuses);
	}

	/**
	 * The evidence of P1 to P7 as a PostgreSQL array literal, {@code {NULL,"NIB 9120001234567",NULL,...}}: each
	 * text quoted, with its quotes and backslashes escaped.
	 */
	public static String stepEvidence(List<StepOutcome> steps) {
		StringBuilder text = new StringBuilder(64).append('{');
		for (StepOutcome step : steps) {
			if (text.length() > 1) {
				text.append(',');
			}
			String evidence = step.evidence();
			if (evidence == null) {
				text.append("NULL");
				continue;
			}
			text.append('"');
			for (int i = 0; i < evidence.length(); i++) {
				char c = evidence.charAt(i);
				if (c == '"' || c == '\\') {
					text.append('\\');
				}
				text.append(c);
			}
			text.append('"');
		}
		return text.append('}').toString();
	}

	private static void string(StringBuilder json, String value) {
		if (value == null) {
			json.append("null");
			return;
		}
		json.append('"');
		if (plain(value)) {
			json.append(value);
		}
		else {
			escape(json, value);
		}
		json.append('"');
	}

	/** Whether the text needs no escaping, as nearly all of it does not. */
	private static boolean plain(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == '"' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	private static void escape(StringBuilder json, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
	}

}
