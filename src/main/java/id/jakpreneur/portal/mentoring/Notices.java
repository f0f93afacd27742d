package id.jakpreneur.portal.mentoring;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import id.jakpreneur.portal.mentoring.domain.NoticeMailer;
import id.jakpreneur.portal.mentoring.query.Notice;

/**
 * In-portal notices (the bell in the page header) and, when a mail server is configured, the same notice by email
 * after the transaction that caused it commits. Notices belong to an account; nobody reads another's.
 */
@Service
@Transactional
public class Notices {

	private final JdbcTemplate jdbc;

	private final NoticeMailer mailer;

	Notices(JdbcTemplate jdbc, NoticeMailer mailer) {
		this.jdbc = jdbc;
		this.mailer = mailer;
	}

	/** Notifies one account. Returns whether a notice was stored (false when the dedupe key was already used). */
	public boolean send(long accountId, NoticeKind kind, String link, String dedupeKey, String... args) {
		List<Long> ids = jdbc.queryForList("""
				insert into notification (account_id, kind, args, link, dedupe_key) values (?, ?, ?, ?, ?)
				on conflict (account_id, dedupe_key) where dedupe_key is not null do nothing returning id
				""", Long.class, accountId, kind.name(), args, link, dedupeKey);
		if (ids.isEmpty()) {
			return false;
		}
		mailer.sendAfterCommit(accountId, kind, List.of(args), link);
		return true;
	}

	@Transactional(readOnly = true)
	public long unreadCount(long accountId) {
		return jdbc.queryForObject("select count(*) from notification where account_id = ? and read_at is null",
				Long.class, accountId);
	}

	/** The account's notices, newest first, in slices (previous / next). */
	@Transactional(readOnly = true)
	public Slice<Notice> latest(long accountId, Pageable page) {
		List<Notice> rows = jdbc.query("""
				select id, kind, args, link, created_at, read_at is null from notification where account_id = ?
				order by created_at desc, id desc limit ? offset ?
				""", (rs, n) -> new Notice(rs.getLong(1), NoticeKind.valueOf(rs.getString(2)), strings(rs.getArray(3)),
				rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getBoolean(6)), accountId, page.getPageSize() + 1,
				page.getOffset());
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** Marks every unread notice of the account read; returns how many. */
	public int markAllRead(long accountId) {
		return jdbc.update("update notification set read_at = now() where account_id = ? and read_at is null",
				accountId);
	}

	private static List<String> strings(Array array) throws java.sql.SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
