package id.jakpreneur.portal.assessment.domain;

import java.time.Instant;

/**
 * Instants as PostgreSQL reads a timestamptz (already to the microsecond, see {@link NewAssessment}), remembering
 * the last one: the assessments of a bulk batch share their time, and formatting it for each of their rows and
 * columns was a tenth of the batch's work in the portal.
 */
final class InstantText {

	private Instant last;

	private String text;

	String of(Instant instant) {
		if (instant == null) {
			return null;
		}
		if (!instant.equals(last)) {
			last = instant;
			text = instant.toString();
		}
		return text;
	}

}
