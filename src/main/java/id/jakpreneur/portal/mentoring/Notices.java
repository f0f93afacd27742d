package id.jakpreneur.portal.mentoring;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;

import id.jakpreneur.portal.mentoring.domain.NoticeMailer;
import id.jakpreneur.portal.mentoring.query.Notice;
import id.jakpreneur.portal.mentoring.query.Rows;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-portal notices (the bell in the page header) and, when a mail server is configured, the same notice by email
 * after the transaction that caused it commits. Notices belong to an account; nobody reads another's.
 */
@Service
@Transactional
public class Notices {

	private final JdbcClient jdbc;

	private final NoticeMailer mailer;

	Notices(JdbcClient jdbc, NoticeMailer mailer) {
		this.jdbc = jdbc;
		this.mailer = mailer;
	}

	/** Notifies one account. Returns whether a notice was stored (false when the dedupe key was already used). */
	public boolean send(long accountId, NoticeKind kind, String link, String dedupeKey, String... args) {
		List<Long> ids = jdbc.sql("""
				insert into notification (account_id, kind, args, link, dedupe_key)
				values (:accountId, :kind, :args, :link, :dedupeKey)
				on conflict (account_id, dedupe_key) where dedupe_key is not null do nothing returning id
				""")
			.param("accountId", accountId)
			.param("kind", kind.name())
			.param("args", args)
			.param("link", link, Types.VARCHAR)
			.param("dedupeKey", dedupeKey, Types.VARCHAR)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return false;
		}
		mailer.sendAfterCommit(accountId, kind, List.of(args), link);
		return true;
	}

	@Transactional(readOnly = true)
	public long unreadCount(long accountId) {
		return jdbc.sql("select count(*) from notification where account_id = :accountId and read_at is null")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	/** The account's notices, newest first, in slices (previous / next). */
	@Transactional(readOnly = true)
	public Slice<Notice> latest(long accountId, Pageable page) {
		List<Notice> rows = jdbc.sql("""
				select id, kind, args, link, created_at, read_at is null as unread from notification
				where account_id = :accountId order by created_at desc, id desc limit :limit offset :offset
				""")
			.param("accountId", accountId)
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> new Notice(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
					Arrays.asList(Rows.strings(rs, "args")), rs.getString("link"), Rows.instant(rs, "created_at"),
					rs.getBoolean("unread")))
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** Marks every unread notice of the account read; returns how many. */
	public int markAllRead(long accountId) {
		return jdbc.sql("update notification set read_at = now() where account_id = :accountId and read_at is null")
			.param("accountId", accountId)
			.update();
	}

}
