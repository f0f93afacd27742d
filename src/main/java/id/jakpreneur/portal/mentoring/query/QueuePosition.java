package id.jakpreneur.portal.mentoring.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import id.jakpreneur.portal.assessment.Track;

/**
 * A participant's place in the assignment queue's order (track, waiting since, participant id), where a page of the
 * queue starts: the next page comes after the last row shown, the previous one before the first. The queue pages by
 * position, not by offset, so a late page costs what the first one does (docs/performance.md). In links it is a
 * token such as {@code MARKETING_AND_DIGITAL.1732780000123456.4711}: no name, NIK or other personal data.
 */
public record QueuePosition(Track track, Instant waitingSince, long participantId) {

	public QueuePosition {
		waitingSince = waitingSince.truncatedTo(ChronoUnit.MICROS);
	}

	public static QueuePosition of(WaitingMentee mentee) {
		return new QueuePosition(mentee.track(), mentee.waitingSince(), mentee.participantId());
	}

	/** The position a link carried; a token that is not one (edited by hand) counts as none: the first page. */
	public static Optional<QueuePosition> parse(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			long micros = Long.parseLong(parts[1]);
			Instant since = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
			return Optional.of(new QueuePosition(Track.valueOf(parts[0]), since, Long.parseLong(parts[2])));
		}
		catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	public String token() {
		return track.name() + "." + ChronoUnit.MICROS.between(Instant.EPOCH, waitingSince) + "." + participantId;
	}

}
