package id.jakpreneur.portal.timeline.query;

import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.timeline.domain.TimelineKind;

/** One event of a participant's timeline: what, with which arguments, by whom (null: the portal), when. */
public record TimelineEntry(long id, TimelineKind kind, List<String> args, String actorName, Instant occurredAt) {

	public TimelineEntry {
		args = List.copyOf(args);
	}

	/** The argument at this position, or "" when there is none. */
	public String arg(int index) {
		return index < args.size() && args.get(index) != null ? args.get(index) : "";
	}

}
