package id.jakpreneur.portal.outlet.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.shared.PlannedOnce;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's outlet work across the calls of their area's outlets (administrators: all): applications on a
 * waiting list, and bookings whose period ended without a sales report. Counts in one statement, the list of calls
 * one statement a slice.
 */
@Component
@Transactional(readOnly = true)
public class OutletWorkQueries {

	/** An application {@code a} waiting for a place. */
	private static final String IS_WAITING = "a.status = 'APPLIED'";

	private static final String WAITING = "(select count(*) from outlet_application a where a.call_id = c.id and "
			+ IS_WAITING + ")";

	private static final String UNREPORTED = "(select count(*) from outlet_application a where a.call_id = c.id and "
			+ isUnreported(":today") + ")";

	private final JdbcClient jdbc;

	private final Clock clock;

	OutletWorkQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Applications waiting for a place, ended bookings without a sales report, and sales reports waiting for
	 * confirmation, each up to {@link WorkInbox#COUNTED_UP_TO}: one statement, on every visit of the officer's home, so
	 * planned once per connection ({@link PlannedOnce}).
	 */
	public Counts counts(PortalUser officer) {
		String area = OutletQueries.plannedAreaCondition(officer, "o");
		String from = "select count(*) from (select 1 from outlet_application a join outlet_call c on c.id = a.call_id"
				+ " join outlet o on o.id = c.outlet_id where " + (area.isEmpty() ? "" : area + " and ");
		String upTo = " limit " + WorkInbox.COUNTED_UP_TO;
		return jdbc.sql("select (" + from + IS_WAITING + upTo + ") w) as waiting, ("
				+ from + isUnreported(PlannedOnce.date(LocalDate.now(clock))) + upTo + ") u) as unreported, ("
				+ from + "a.sales_status = 'SUBMITTED'" + upTo + ") s) as to_confirm")
			.query((rs, n) -> new Counts(rs.getLong("waiting"), rs.getLong("unreported"), rs.getLong("to_confirm")))
			.single();
	}

	/** The calls with work waiting, the earliest call first: one statement a slice. */
	public Slice<OutletWork> calls(PortalUser officer, Pageable page) {
		Map<String, Object> params = params();
		String where = OutletQueries.areaFilter(officer, "o", params);
		params.put("limit", page.getPageSize() + 1);
		params.put("offset", page.getOffset());
		List<OutletWork> rows = jdbc.sql("select * from (select c.id, c.outlet_id, o.name, o.village_code, c.starts_on,"
				+ " c.ends_on, c.apply_until, " + WAITING + " as waiting, " + UNREPORTED + " as unreported"
				+ " from outlet_call c join outlet o on o.id = c.outlet_id" + where + ") w"
				+ " where w.waiting > 0 or w.unreported > 0 order by w.starts_on, w.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new OutletWork(rs.getLong("id"), rs.getLong("outlet_id"), rs.getString("name"),
					rs.getString("village_code"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getObject("apply_until", LocalDate.class),
					rs.getInt("waiting"), rs.getInt("unreported")))
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** Whether a booking {@code a} has ended by {@code today} (a bound name or a literal) without a sales report. */
	private static String isUnreported(String today) {
		return "a.status = 'CONFIRMED' and upper(a.period) <= " + today;
	}

	private Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		params.put("today", LocalDate.now(clock));
		return params;
	}

	/**
	 * How many applications wait for a place, how many ended bookings lack a sales report, and how many sales reports
	 * wait for an officer's confirmation.
	 */
	public record Counts(long waiting, long salesUnreported, long salesToConfirm) {
	}

}
