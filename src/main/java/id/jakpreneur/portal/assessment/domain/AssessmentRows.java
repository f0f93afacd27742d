package id.jakpreneur.portal.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.assessment.policy.AssessmentInput;

/**
 * New assessment rows in PostgreSQL's {@code COPY ... FROM STDIN} text format: one line per row, columns separated
 * by tabs, {@code \N} for null, and backslash, tab, newline and carriage return escaped. COPY is PostgreSQL's bulk
 * load path: a bulk re-assessment writes a million wide rows, and COPY spares the server parsing and binding a
 * multi-row {@code INSERT} for each of them.
 */
final class AssessmentRows {

	static final String COPY = """
			copy assessment (id, participant_id, assessed_at, assessed_on, assessed_by, assessor_role, source, stage,
			  running_since, sector, sells_regularly, monthly_sales, capital, employees, licences, has_packaging,
			  has_label, knows_shelf_life, channels, keeps_books, separates_money, had_credit, has_digital_presence,
			  main_obstacle, completed_steps, policy_version, phase, size_class, track, priority, previous_phase,
			  naik_kelas, regressed, steps, reasons, overridden, overridden_by, override_reason) from stdin
			""";

	private final StringBuilder text;

	private final InstantText instants = new InstantText();

	private AssessmentRows(int rows) {
		this.text = new StringBuilder(rows * 1600);
	}

	/** The COPY text of the assessments, with their ids in the same order. */
	static String of(List<Long> ids, List<NewAssessment> assessments) {
		AssessmentRows rows = new AssessmentRows(assessments.size());
		for (int i = 0; i < assessments.size(); i++) {
			rows.row(ids.get(i), assessments.get(i));
		}
		return rows.text.toString();
	}

	private void row(long id, NewAssessment a) {
		AssessmentInput in = a.input();
		text.append(id);
		column(a.participantId());
		column(a.assessedAt());
		column(a.assessedOn());
		column(a.assessorId());
		column(a.assessorRole());
		column(a.source());
		column(in.stage());
		column(in.runningSince());
		column(in.sector());
		column(in.sellsRegularly());
		column(in.monthlySales());
		column(in.capital());
		column(in.employees());
		column(StoredJson.licences(in.licences()));
		column(in.hasPackaging());
		column(in.hasLabel());
		column(in.knowsShelfLife());
		column(StoredJson.names(sorted(in.channels())));
		column(in.keepsBooks());
		column(in.separatesMoney());
		column(in.hadCredit());
		column(in.hasDigitalPresence());
		column(in.mainObstacle());
		column(StoredJson.names(sorted(in.completedSteps())));
		column(a.policyVersion());
		column(a.phase());
		column(a.sizeClass());
		column(a.track());
		column(a.priority());
		column(a.previousPhase());
		column(a.naikKelas());
		column(a.regressed());
		column(StoredJson.steps(a.steps()));
		column(StoredJson.reasons(a.reasons()));
		column(a.overridden());
		column(a.overriddenBy());
		column(a.overrideReason());
		text.append('\n');
	}

	private void column(boolean value) {
		text.append('\t').append(value ? 't' : 'f');
	}

	private void column(long value) {
		text.append('\t').append(value);
	}

	/**
	 * Dates, instants (already to the microsecond PostgreSQL keeps, see {@link NewAssessment}) and numbers print as
	 * PostgreSQL reads them.
	 */
	private void column(Object value) {
		text.append('\t');
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof Enum<?> e) {
			text.append(e.name());
		}
		else if (value instanceof String s) {
			escaped(s);
		}
		else if (value instanceof Instant instant) {
			text.append(instants.of(instant));
		}
		else {
			text.append(value);
		}
	}

	private void escaped(String value) {
		if (plain(value)) {
			text.append(value);
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

	/** Whether the text has nothing COPY escapes, as nearly every value has not. */
	private static boolean plain(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				return false;
			}
		}
		return true;
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
		List<E> list = new ArrayList<>(values);
		list.sort(null);
		return list;
	}

}
