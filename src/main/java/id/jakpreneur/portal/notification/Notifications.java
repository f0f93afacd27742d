package id.jakpreneur.portal.notification;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;

import id.jakpreneur.portal.notification.outbox.Outbox;
import id.jakpreneur.portal.notification.query.Notice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to a person: the bell in the page header ({@code /notifications}) and, by the person's preferences and the
 * addresses they have, the same notice by e-mail and WhatsApp through the outbox; and messages that carry a secret,
 * only through the outbox. Everything is written in the caller's transaction (a rolled-back change notifies nobody);
 * the outbox sends after the commit, on its own threads (decision 86). Notices belong to an account; nobody reads
 * another's.
 */
@Service
@Transactional
public class Notifications {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	Notifications(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/**
	 * One bell notice for the account and, by the account's preferences, one outbox message per channel (e-mail,
	 * WhatsApp) it has an address for. Returns false (and writes nothing) when the account already has a notice with
	 * this dedupe key (null = never deduplicated). {@code link} is a portal path ({@code /me/licences}). An argument
	 * written {@code msg:some.key} is that message in the recipient's language; others are shown as they are.
	 */
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
		outbox.queueNotice(accountId, kind, link, args);
		return true;
	}

	/**
	 * An outbox message carrying a secret (a reset link, an activation link or code) to the account's e-mail and/or
	 * WhatsApp ({@code channel} null = every channel the account has an address for), whatever its notice preferences
	 * and whether or not it may log in yet. No bell notice. The secret is kept only until sent (never shown, never
	 * logged). The text's arguments: {0} the secret, {1} the portal's address, {2}… {@code args}.
	 */
	public void sendSecret(long accountId, SecretKind kind, Channel channel, String secret, String... args) {
		outbox.queueSecret(accountId, kind, channel, secret, args);
	}

	/**
	 * An outbox message to an address that belongs to no account (someone who filled in a public form), in both
	 * languages; the text's arguments as for {@link #sendSecret}.
	 */
	public void sendToAddress(Channel channel, String address, SecretKind kind, String secret, String... args) {
		outbox.queueToAddress(channel, address, kind, secret, args);
	}

	/**
	 * The bell's count, on every page of a logged-in person: one statement, so no transaction of its own (a read-only
	 * one cost an entity manager, BEGIN and COMMIT per page; decision 114); inside a caller's transaction it joins it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
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
					Arrays.asList((String[]) rs.getArray("args").getArray()), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), rs.getBoolean("unread")))
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/**
	 * Forgets everything sent or waiting to be sent to the account (its bell notices and outbox messages, with their
	 * addresses and arguments), for the erasure of its owner's data; returns the rows deleted. Messages to an address of
	 * no account that the erasure queued just before (the news that her data is erased) stay until they go.
	 */
	public int forget(long accountId) {
		int notices = jdbc.sql("delete from notification where account_id = :accountId")
			.param("accountId", accountId)
			.update();
		return notices + jdbc.sql("delete from outbox_message where account_id = :accountId")
			.param("accountId", accountId)
			.update();
	}

	/**
	 * Replaces, in every account's notices and outbox messages, each argument that contains one of the values (an
	 * erased participant's name or business name in a mentor's or partner's notice) with {@code erased}; values shorter
	 * than 4 characters are ignored. Reads every notice (no index serves it): an erasure is rare. Returns the rows
	 * changed.
	 */
	public int forgetMentions(java.util.Collection<String> values, String erased) {
		String[] mentions = values.stream()
			.filter(v -> v != null && v.strip().length() >= 4)
			.map(String::strip)
			.distinct()
			.toArray(String[]::new);
		if (mentions.length == 0) {
			return 0;
		}
		int rows = 0;
		for (String table : List.of("notification", "outbox_message")) {
			rows += jdbc.sql("""
					update %s set args = array(
					  select case when exists (select 1 from unnest(cast(:mentions as text[])) m where strpos(a, m) > 0)
					              then :erased else a end
					  from unnest(args) with ordinality u(a, i) order by i)
					where exists (select 1 from unnest(args) a, unnest(cast(:mentions as text[])) m where strpos(a, m) > 0)
					""".formatted(table)).param("mentions", mentions).param("erased", erased).update();
		}
		return rows;
	}

	/** Marks every unread notice of the account read; returns how many. */
	public int markAllRead(long accountId) {
		return jdbc.sql("update notification set read_at = now() where account_id = :accountId and read_at is null")
			.param("accountId", accountId)
			.update();
	}

	/**
	 * Drops the account's notices queued for e-mail or WhatsApp and not yet sent: the person has withdrawn her consent
	 * to messages. Secrets (a reset or activation link she asked for) still go; the bell notices stay.
	 * @return how many messages were dropped
	 */
	public int dropQueuedMessages(long accountId) {
		return jdbc.sql("""
				delete from outbox_message
				where account_id = :accountId and status = 'QUEUED' and kind in (:noticeKinds)
				""")
			.param("accountId", accountId)
			.param("noticeKinds", Arrays.stream(NoticeKind.values()).map(Enum::name).toList())
			.update();
	}

}
