package id.jakpreneur.portal.notification.query;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.jakpreneur.portal.notification.SecretKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox for administrators ({@code /admin/messages}): a filtered slice of messages, newest first, and the number
 * in each state. Two statements whatever the outbox's size. The secret column is never read here.
 */
@Component
@Transactional(readOnly = true)
public class OutboxQueries {

	/** What the list can be narrowed to; RETRIED = some attempt failed before the message went or is still waiting. */
	public enum StatusFilter {

		QUEUED, SENT, FAILED, RETRIED;

		public static StatusFilter parse(String value) {
			return value == null ? null
					: Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
		}

	}

	private static final List<String> SECRET_KINDS = Arrays.stream(SecretKind.values()).map(Enum::name).toList();

	private final JdbcClient jdbc;

	OutboxQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Messages matching the filters (each may be null): state, channel, and text found in the recipient's address, the
	 * account's name or the kind.
	 */
	public Slice<OutboxEntry> search(StatusFilter status, String channel, String text, Pageable page) {
		String like = text == null || text.isBlank() ? null
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
		List<OutboxEntry> rows = jdbc.sql("""
				select m.id, m.account_id, a.full_name, m.channel, m.kind, m.language, m.recipient, m.status,
				       m.attempts, m.last_error, m.created_at, m.sent_at, m.next_attempt_at
				from outbox_message m left join account_directory a on a.id = m.account_id
				where (cast(:status as text) is null
				       or (:status = 'RETRIED' and (m.attempts > 1 or (m.status = 'QUEUED' and m.last_error is not null)))
				       or m.status = :status)
				  and (cast(:channel as text) is null or m.channel = :channel)
				  and (cast(:like as text) is null or lower(m.recipient) like :like or lower(a.full_name) like :like
				       or lower(m.kind) like :like)
				order by m.id desc limit :limit offset :offset
				""")
			.param("status", status == null ? null : status.name(), Types.VARCHAR)
			.param("channel", channel, Types.VARCHAR)
			.param("like", like, Types.VARCHAR)
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> {
				String kind = rs.getString("kind");
				String state = rs.getString("status");
				return new OutboxEntry(rs.getLong("id"), (Long) rs.getObject("account_id"), rs.getString("full_name"),
						rs.getString("channel"), kind, rs.getString("language"), mask(rs.getString("recipient")), state,
						rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
						instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("next_attempt_at")),
						"FAILED".equals(state) && !SECRET_KINDS.contains(kind));
			})
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** How many messages are in each state (QUEUED, SENT, FAILED) and how many needed more than one attempt. */
	public Map<String, Long> counts() {
		return jdbc.sql("""
				select count(*) filter (where status = 'QUEUED') as queued,
				       count(*) filter (where status = 'SENT') as sent,
				       count(*) filter (where status = 'FAILED') as failed,
				       count(*) filter (where attempts > 1 or (status = 'QUEUED' and last_error is not null)) as retried
				from outbox_message
				""").query((rs, n) -> {
					Map<String, Long> counts = new LinkedHashMap<>();
					for (String state : List.of("queued", "sent", "failed", "retried")) {
						counts.put(state.toUpperCase(Locale.ROOT), rs.getLong(state));
					}
					return counts;
				}).single();
	}

	/** "w***a@demo.local", "+62812****5678": the shape of an address without the address. */
	static String mask(String recipient) {
		if (recipient == null) {
			return "";
		}
		int at = recipient.indexOf('@');
		if (at > 0) {
			String name = recipient.substring(0, at);
			String shown = name.length() <= 2 ? name.substring(0, 1) + "***"
					: name.charAt(0) + "***" + name.charAt(name.length() - 1);
			return shown + recipient.substring(at);
		}
		if (recipient.length() > 8) {
			return recipient.substring(0, 6) + "****" + recipient.substring(recipient.length() - 3);
		}
		return "****";
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
