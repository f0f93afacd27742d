package id.jakpreneur.portal.programme;

import java.time.Instant;
import java.util.List;

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
