package id.jakpreneur.portal.outlet.domain;

import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A participant's outlet sales reports in her data rights (contract 1 of issue 18): the export lists each reported
 * booking (outlet, period, figures, where the officer's check stands, his reason when returned, what is due once
 * confirmed); the erasure replaces the officer's free-text reason, which is about her, and keeps the figures, which
 * the dashboards count without naming anyone. Her receipts are the document module's ({@code DocumentPersonalData}).
 * The rest of the outlet module's rows (applications, products, photos) are covered by the outlet holder of the
 * erasure work; the merger joins the two.
 */
@Component
class OutletPersonalData implements PersonalDataHolder {

	/** What replaces an erased return reason (the database asks for 10 to 500 characters on a returned report). */
	static final String ERASED = "[dihapus / erased]";

	private final JdbcClient jdbc;

	OutletPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "outletSales";
	}

	@Override
	public Object export(long participantId) {
		List<Map<String, Object>> rows = jdbc.sql("""
				select a.id as "applicationId", o.name as outlet, c.starts_on::text as "startsOn",
				       c.ends_on::text as "endsOn", a.units_sold as "unitsSold", a.sales, a.sales_status as status,
				       a.sales_return_reason as "returnReason", a.reported_at::text as "reportedAt",
				       a.sales_reviewed_at::text as "reviewedAt", a.fee_due as "feeDue", a.share_due as "shareDue"
				from outlet_application a join outlet_call c on c.id = a.call_id join outlet o on o.id = c.outlet_id
				where a.participant_id = :participantId and a.sales_status is not null
				order by c.starts_on, a.id
				""").param("participantId", participantId).query().listOfRows();
		return rows;
	}

	@Override
	public int erase(long participantId) {
		return jdbc.sql("""
				update outlet_application set sales_return_reason = :erased
				where participant_id = :participantId and sales_return_reason is not null
				""").param("erased", ERASED).param("participantId", participantId).update();
	}

}
