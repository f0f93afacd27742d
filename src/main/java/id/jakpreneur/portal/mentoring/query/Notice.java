package id.jakpreneur.portal.mentoring.query;

import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.mentoring.NoticeKind;

/** One notice as the notices page shows it. */
public record Notice(long id, NoticeKind kind, List<String> args, String link, Instant createdAt, boolean unread) {

	public Notice {
		args = List.copyOf(args);
	}

	/** The arguments as the message source wants them. */
	public Object[] arguments() {
		return args.toArray();
	}

}
