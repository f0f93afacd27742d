package id.jakpreneur.portal.training.query;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session with how many were marked present. */
public record SessionView(long id, long classId, LocalDate date, LocalTime start, LocalTime end, String place,
		int present) {
}
