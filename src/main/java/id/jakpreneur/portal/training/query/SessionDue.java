package id.jakpreneur.portal.training.query;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session already held whose attendance nobody has recorded, with its class and the number of seated participants. */
public record SessionDue(long sessionId, long classId, String classTitle, LocalDate date, LocalTime startTime,
		String place, int seated) {
}
