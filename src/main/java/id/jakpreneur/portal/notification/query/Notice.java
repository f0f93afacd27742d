package id.jakpreneur.portal.notification.query;

import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.notification.NoticeKind;

/** One notice as the notices page shows it. */
public record Notice(long id, NoticeKind kind, List<String> args, String link, Instant createdAt, boolean unread) {

	public Notice {
		args = List.copyOf(args);
	}

}
