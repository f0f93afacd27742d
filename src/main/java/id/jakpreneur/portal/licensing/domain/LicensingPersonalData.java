package id.jakpreneur.portal.licensing.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A participant's licences in her data rights: the export lists each licence as the register holds it (numbers,
 * dates, the review's state, an officer's reason for a return); the erasure deletes her licences and keeps only the
 * licence types in P4's completion evidence (their numbers identify the business). The certificates' photos are
 * documents, covered by the document module's holder.
 */
@Component
class LicensingPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	LicensingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "licences";
	}

	@Override
	public Object export(long participantId) {
		return jdbc.sql("""
				select id, licence_type, other_name, status, state, licence_number, issued_on, expires_on,
				       recorded_at, verified_at, return_reason, returned_at
				from licence where participant_id = :participantId order by id
				""").param("participantId", participantId).query((rs, n) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", rs.getLong("id"));
			row.put("type", rs.getString("licence_type"));
			row.put("otherName", rs.getString("other_name"));
			row.put("status", rs.getString("status"));
			row.put("state", rs.getString("state"));
			row.put("number", rs.getString("licence_number"));
			row.put("issuedOn", text(rs.getObject("issued_on")));
			row.put("expiresOn", text(rs.getObject("expires_on")));
			row.put("recordedAt", text(rs.getTimestamp("recorded_at")));
			row.put("verifiedAt", text(rs.getTimestamp("verified_at")));
			row.put("returnReason", rs.getString("return_reason"));
			row.put("returnedAt", text(rs.getTimestamp("returned_at")));
			return row;
		}).list();
	}

	private static String text(Object value) {
		return value instanceof java.sql.Timestamp t ? t.toInstant().toString() : value == null ? null : value.toString();
	}

	@Override
	public int erase(long participantId) {
		int completions = jdbc.sql("""
				update licensing_completion set evidence = 'P4' where participant_id = :participantId
				""").param("participantId", participantId).update();
		return completions + jdbc.sql("delete from licence where participant_id = :participantId")
			.param("participantId", participantId)
			.update();
	}

}
