package id.jakpreneur.portal.outlet.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outlet module's personal data about a participant: her products (names and photos identify her business, the
 * licence numbers on the label identify her), the curators' notes, and her applications for places. An erasure
 * blanks the names, numbers and notes and deletes the photos; sector, price, grade, statuses and the applications'
 * figures (units, sales, fees), with where the officer's check of her sales stands, stay for the statistics; the
 * officer's reason for returning a sales report is replaced. Her receipts are the document module's.
 */
@Component
class OutletPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	OutletPersonalData(JdbcClient jdbc, Notifications notifications) {
		this.jdbc = jdbc;
		this.notifications = notifications;
	}

	@Override
	public String name() {
		return "outlet";
	}

	@Override
	public Object export(long participantId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("products", jdbc.sql("""
				select id, name, sector, price, packaging, spp_irt_number, halal_number, bpom_number, status,
				       return_note, grade, grade_notes, submitted_at::text as submitted_at,
				       exists (select 1 from outlet_product_photo f where f.product_id = p.id) as has_photo
				from outlet_product p where participant_id = :id order by submitted_at, id
				""").param("id", participantId).query().listOfRows());
		data.put("applications", jdbc.sql("""
				select call_id, product_id, status, applied_at::text as applied_at, period::text as period,
				       units_sold, sales, fee_due, share_due, reported_at::text as reported_at, sales_status,
				       sales_return_reason, sales_reviewed_at::text as sales_reviewed_at
				from outlet_application where participant_id = :id order by applied_at, id
				""").param("id", participantId).query().listOfRows());
		return data;
	}

	@Override
	public int erase(long participantId) {
		// curators' and officers' notices that name her products
		int rows = notifications.forgetMentions(jdbc.sql("select name from outlet_product where participant_id = :id")
			.param("id", participantId)
			.query(String.class)
			.list(), ERASED_TEXT);
		rows += jdbc.sql("""
				delete from outlet_product_photo f using outlet_product p
				where p.id = f.product_id and p.participant_id = :id
				""").param("id", participantId).update();
		rows += jdbc.sql("""
				update outlet_curation_event e set note = null
				from outlet_product p where p.id = e.product_id and p.participant_id = :id and e.note is not null
				""").param("id", participantId).update();
		rows += jdbc.sql("""
				update outlet_product set name = :erased, packaging = :erased, spp_irt_number = null,
				  halal_number = null, bpom_number = null, grade_notes = null,
				  return_note = case when return_note is null then null else :erased end
				where participant_id = :id
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
		rows += jdbc.sql("""
				update outlet_application set sales_return_reason = :erased
				where participant_id = :id and sales_return_reason is not null
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
		return rows;
	}

}
