package id.jakpreneur.portal.licensing.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The licensing module's personal data about a participant: her licences (a licence number identifies her business
 * and her) and the evidence of P4 that names them. An erasure blanks the numbers, the names of other licences and an
 * officer's reason for a return; the types, statuses, review states and dates stay (P4 and the dashboards). The
 * certificates' photos are documents, covered by the document module's holder.
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
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("licences", jdbc.sql("""
				select licence_type, other_name, status, state, licence_number, issued_on::text as issued_on,
				       expires_on::text as expires_on, verified_at::text as verified_at, return_reason,
				       returned_at::text as returned_at
				from licence where participant_id = :id order by recorded_at, id
				""").param("id", participantId).query().listOfRows());
		data.put("completion", jdbc.sql("""
				select evidence, completed_at::text as completed_at from licensing_completion where participant_id = :id
				""").param("id", participantId).query().listOfRows());
		return data;
	}

	@Override
	public int erase(long participantId) {
		int rows = jdbc.sql("""
				update licence set licence_number = case when licence_number is null then null else '' end,
				  other_name = case when other_name is null then null else :erased end,
				  return_reason = case when return_reason is null then null else :erased end
				where participant_id = :id
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
		rows += jdbc.sql("update licensing_completion set evidence = :erased where participant_id = :id")
			.param("erased", ERASED_TEXT)
			.param("id", participantId)
			.update();
		return rows;
	}

}
