package id.jakpreneur.portal.outlet.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's sales to confirm (decision 103): reports waiting at the outlets of their area (administrators: all),
 * the oldest first, one statement a slice; and one report to check, "not found" outside their area.
 */
@Component
@Transactional(readOnly = true)
public class SalesQueries {

	private static final String SELECT = """
			select a.id, a.participant_id, p.full_name, o.name as outlet_name, o.village_code, pl.code as place_code,
			       c.starts_on, c.ends_on, a.units_sold, a.sales, a.reported_at, a.sales_status, o.fee_per_period,
			       o.revenue_share_percent
			from outlet_application a join outlet_call c on c.id = a.call_id join outlet o on o.id = c.outlet_id
			join outlet_place pl on pl.id = a.place_id join participant_directory p on p.id = a.participant_id
			""";

	private final JdbcClient jdbc;

	SalesQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reports waiting for confirmation in the officer's area, the oldest first: one statement a slice. */
	public Slice<SalesToConfirm> waiting(PortalUser officer, Pageable page) {
		Map<String, Object> params = new HashMap<>();
		String area = OutletQueries.areaCondition(officer, "o", params);
		params.put("limit", page.getPageSize() + 1);
		params.put("offset", page.getOffset());
		List<SalesToConfirm> rows = jdbc.sql(SELECT + " where a.sales_status = 'SUBMITTED'"
				+ (area.isEmpty() ? "" : " and " + area) + " order by a.reported_at, a.id limit :limit offset :offset")
			.params(params)
			.query(SalesQueries::row)
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** One reported booking of an outlet in the officer's area, whatever its report's status; else "not found". */
	public SalesToConfirm one(PortalUser officer, long applicationId) {
		SalesToConfirm report = jdbc.sql(SELECT + " where a.id = :id and a.sales_status is not null")
			.param("id", applicationId)
			.query(SalesQueries::row)
			.optional()
			.orElseThrow(NotFoundException::new);
		if (!OutletQueries.mayManage(officer, report.villageCode())) {
			throw new NotFoundException();
		}
		return report;
	}

	private static SalesToConfirm row(ResultSet rs, int n) throws SQLException {
		return new SalesToConfirm(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("full_name"),
				rs.getString("outlet_name"), rs.getString("village_code"), rs.getString("place_code"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getInt("units_sold"), rs.getLong("sales"), CallQueries.instant(rs, "reported_at"),
				CallQueries.salesStatus(rs), rs.getLong("fee_per_period"), rs.getBigDecimal("revenue_share_percent"));
	}

}
