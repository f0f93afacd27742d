package id.jakpreneur.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the notification centre wrote for one account and kind: its bell notices and the outbox messages that carry
 * them (by e-mail and WhatsApp, in the account's language). Reads the tables, so a test sees exactly what a change
 * committed; build it from the autowired {@link JdbcTemplate}.
 */
public class SentNotices {

	private final JdbcTemplate jdbc;

	public SentNotices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The account's bell notices of this kind, oldest first. */
	public List<Bell> bell(long accountId, String kind) {
		return jdbc.query("select link, args from notification where account_id = ? and kind = ? order by id",
				(rs, n) -> new Bell(rs.getString("link"), Arrays.asList((String[]) rs.getArray("args").getArray())),
				accountId, kind);
	}

	/** The outbox messages of this kind to the account, oldest first. */
	public List<Outgoing> outbox(long accountId, String kind) {
		return jdbc.query("""
				select channel, language, recipient, link from outbox_message
				where account_id = ? and kind = ? order by id
				""", (rs, n) -> new Outgoing(rs.getString("channel"), rs.getString("language"),
				rs.getString("recipient"), rs.getString("link")), accountId, kind);
	}

	/**
	 * Checks that the account has exactly one notice of this kind in the bell, leading to {@code link}, and that
	 * the outbox carries it by e-mail to {@code email} (and by any other channel) in {@code language} with the same
	 * link; returns the bell notice, for its arguments.
	 */
	public Bell one(long accountId, String kind, String link, String language, String email) {
		List<Bell> bell = bell(accountId, kind);
		assertThat(bell).as("bell notices %s of account %d", kind, accountId).hasSize(1);
		assertThat(bell.get(0).link()).isEqualTo(link);
		List<Outgoing> outbox = outbox(accountId, kind);
		assertThat(outbox).as("outbox messages %s of account %d", kind, accountId)
			.isNotEmpty()
			.allSatisfy(m -> {
				assertThat(m.language()).isEqualTo(language);
				assertThat(m.link()).isEqualTo(link);
			});
		assertThat(outbox).filteredOn(m -> m.channel().equals("EMAIL"))
			.singleElement()
			.extracting(Outgoing::recipient)
			.isEqualTo(email);
		return bell.get(0);
	}

	/** Every notice of this kind to the account, bell and outbox: what must stay zero for people who must not know. */
	public int count(long accountId, String kind) {
		return bell(accountId, kind).size() + outbox(accountId, kind).size();
	}

	/** Notices this account in English from now on (its language preference). */
	public void english(long accountId) {
		jdbc.update("update account set language = 'en' where id = ?", accountId);
	}

	/** One bell notice: where it leads and what it names. */
	public record Bell(String link, List<String> args) {
	}

	/** One outbox message: by which channel, in which language, to which address, with which link. */
	public record Outgoing(String channel, String language, String recipient, String link) {
	}

}
