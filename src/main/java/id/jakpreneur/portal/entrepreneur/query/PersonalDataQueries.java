package id.jakpreneur.portal.entrepreneur.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.domain.PersonalDataField;
import id.jakpreneur.portal.entrepreneur.domain.RevealPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal shows about a participant's record and personal data: the profile history with the editor's
 * name, who looked at the NIK or KK in clear and why, and the consents given. The caller has already decided
 * that the viewer may see this participant.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataQueries {

	private final JdbcClient jdbc;

	PersonalDataQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest 100 changes of a profile, newest first, with the editor's name: one query. */
	public List<ProfileChange> history(long participantId) {
		return jdbc.sql("""
				select c.changed_at, a.full_name as changed_by, c.field, c.old_value, c.new_value
				from participant_change c join account_directory a on a.id = c.changed_by
				where c.participant_id = :participantId order by c.changed_at desc, c.id desc limit 100
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new ProfileChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
					rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")))
			.list();
	}

	public List<DataAccessEntry> accessLog(long participantId) {
		return jdbc.sql("""
				select l.accessed_at, a.full_name as accessed_by, a.role, l.field, l.purpose, l.reason
				from personal_data_access l join account_directory a on a.id = l.accessed_by
				where l.participant_id = :participantId order by l.accessed_at desc limit 200
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new DataAccessEntry(rs.getTimestamp("accessed_at").toInstant(),
					rs.getString("accessed_by"), rs.getString("role"), PersonalDataField.valueOf(rs.getString("field")),
					rs.getString("purpose") == null ? null : RevealPurpose.valueOf(rs.getString("purpose")),
					rs.getString("reason")))
			.list();
	}

	public List<ConsentRecord> consents(long participantId) {
		return jdbc.sql("""
				select purpose, reference_id, text_version, given_at, withdrawn_at from consent
				where participant_id = :participantId order by given_at desc
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new ConsentRecord(rs.getString("purpose"), rs.getObject("reference_id", Long.class),
					rs.getString("text_version"), rs.getTimestamp("given_at").toInstant(),
					instant(rs.getTimestamp("withdrawn_at"))))
			.list();
	}

	/** The re-encryption run not yet finished, if any. */
	public Optional<RekeyRun> openRekeyRun() {
		return rekeyRuns("where finished_at is null", 1).stream().findFirst();
	}

	/** The latest re-encryption runs, newest first. */
	public List<RekeyRun> latestRekeyRuns() {
		return rekeyRuns("", 10);
	}

	private List<RekeyRun> rekeyRuns(String where, int limit) {
		return jdbc.sql("""
				select r.id, r.key_id, a.full_name as started_by, r.started_at, r.cursor_id, r.rewritten, r.unreadable,
				  r.heartbeat_at, r.finished_at
				from personal_data_rekey r join account_directory a on a.id = r.started_by
				%s order by r.id desc limit :limit
				""".formatted(where))
			.param("limit", limit)
			.query((rs, n) -> new RekeyRun(rs.getLong("id"), rs.getInt("key_id"), rs.getString("started_by"),
					rs.getTimestamp("started_at").toInstant(), rs.getLong("cursor_id"), rs.getInt("rewritten"),
					rs.getInt("unreadable"), rs.getTimestamp("heartbeat_at").toInstant(),
					instant(rs.getTimestamp("finished_at"))))
			.list();
	}

	/** Participants whose NIK or KK does not start with this head (the current key's): what a run has left. */
	public long participantsNotUnder(byte[] head) {
		return jdbc.sql("""
				select count(*) from participant
				where erased_at is null
				  and not (substring(nik_encrypted from 1 for 4) = :head and substring(kk_encrypted from 1 for 4) = :head)
				""")
			.param("head", head)
			.query(Long.class)
			.single();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
