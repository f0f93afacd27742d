package id.jakpreneur.portal.catalogue.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RetentionSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue's personal data about a participant: the public profile she wrote and the resized photos of her
 * products. Both go at erasure; resized photos of products no longer published go in the nightly retention run. The
 * questions buyers sent her are notices (the notification module's).
 */
@Component
class CataloguePersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	CataloguePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "catalogue";
	}

	@Override
	public Object export(long participantId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("publicProfile", jdbc.sql("""
				select public_name, description, updated_at::text as updated_at
				from catalogue_profile where participant_id = :id
				""").param("id", participantId).query().listOfRows());
		return data;
	}

	@Override
	public int erase(long participantId) {
		int rows = jdbc.sql("delete from catalogue_profile where participant_id = :id").param("id", participantId).update();
		rows += jdbc.sql("delete from catalogue_search where participant_id = :id").param("id", participantId).update();
		return rows + jdbc.sql("delete from catalogue_thumbnail where participant_id = :id")
			.param("id", participantId)
			.update();
	}

	@Override
	public Map<String, Integer> applyRetention(RetentionSchedule schedule, Instant now) {
		int deleted = jdbc.sql("""
				delete from catalogue_thumbnail t
				where not exists (select 1 from catalogue_listing l where l.product_id = t.product_id)
				""").update();
		return Map.of("resized photos of products no longer published deleted", deleted);
	}

}
