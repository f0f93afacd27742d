package id.jakpreneur.portal.outlet.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletDraft;
import id.jakpreneur.portal.outlet.domain.OutletKind;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.outlet.domain.PlaceKind;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.PlannedOnce;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers read about the outlets of their area (the outlet's kelurahan decides; administrators read all): the
 * list, one outlet with its places and calls, and the check that an outlet is theirs. Outlets outside the officer's
 * area answer "not found".
 */
@Service
@Transactional(readOnly = true)
public class OutletQueries {

	private static final String OUTLET_COLUMNS = """
			select o.id, o.name, o.kind, o.operator_partner_id, o.address, o.village_code, o.opening_hours,
			       o.eligible_sectors, o.min_grade, o.required_licences, o.min_phase, o.fee_per_period,
			       o.revenue_share_percent, o.max_consecutive_periods, org.name as operator_name, o.district_code,
			       o.city_code
			from outlet o left join partner_name org on org.id = o.operator_partner_id
			""";

	/** Columns of {@link CallView} (from {@code outlet_call c}), utilisation counted over confirmed and reported bookings. */
	static final String CALL_COLUMNS = """
			select c.id, c.outlet_id, c.starts_on, c.ends_on, c.apply_until, c.confirm_days,
			       (select count(*) from outlet_application a where a.call_id = c.id and a.status = 'APPLIED') as waiting,
			       (select count(*) from outlet_application a where a.call_id = c.id
			          and a.status in ('OFFERED', 'CONFIRMED', 'REPORTED')) as held,
			       coalesce((select sum(upper(a.period * daterange(c.starts_on, c.ends_on, '[]'))
			                            - lower(a.period * daterange(c.starts_on, c.ends_on, '[]')))
			                 from outlet_application a where a.call_id = c.id and a.status in ('CONFIRMED', 'REPORTED')), 0)
			         as booked_days,
			       (select count(*) from outlet_place pl where pl.outlet_id = c.outlet_id) as places
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	OutletQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One page of the officer's outlets by name: one count and one select. */
	public Page<OutletSummary> list(PortalUser officer, Pageable page) {
		Map<String, Object> params = new HashMap<>();
		String where = areaFilter(officer, "o", params);
		Long total = jdbc.sql("select count(*) from outlet o" + where).params(params).query(Long.class).single();
		params.put("today", LocalDate.now(clock));
		params.put("limit", page.getPageSize());
		params.put("offset", page.getOffset());
		List<OutletSummary> rows = jdbc.sql("""
				select o.id, o.name, o.kind, org.name as operator_name, o.village_code,
				       (select count(*) from outlet_place p where p.outlet_id = o.id) as places,
				       (select count(*) from outlet_call c where c.outlet_id = o.id and c.apply_until >= :today) as open_calls
				from outlet o left join partner_name org on org.id = o.operator_partner_id
				""" + where + " order by lower(o.name) collate \"C\", o.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new OutletSummary(rs.getLong("id"), rs.getString("name"),
					OutletKind.valueOf(rs.getString("kind")), rs.getString("operator_name"), rs.getString("village_code"),
					rs.getInt("places"), rs.getInt("open_calls")))
			.list();
		return new PageImpl<>(rows, page, total == null ? 0 : total);
	}

	/** The outlet with its places and a page of its calls: three statements. */
	public OutletDetails get(PortalUser officer, long outletId, Pageable callPage) {
		OutletDetails outlet = load(officer, outletId);
		Long total = jdbc.sql("select count(*) from outlet_call where outlet_id = :outletId")
			.param("outletId", outletId)
			.query(Long.class)
			.single();
		List<CallView> calls = jdbc.sql(CALL_COLUMNS + """
				from outlet_call c where c.outlet_id = :outletId order by c.starts_on desc, c.id desc
				limit :limit offset :offset""")
			.param("outletId", outletId)
			.param("limit", callPage.getPageSize())
			.param("offset", callPage.getOffset())
			.query((rs, n) -> call(rs))
			.list();
		return new OutletDetails(outlet.id(), outlet.draft(), outlet.operatorName(), outlet.districtCode(),
				outlet.cityCode(), places(outletId), new PageImpl<>(calls, callPage, total == null ? 0 : total));
	}

	/** The outlet as typed, for its edit form. */
	public OutletDraft draft(PortalUser officer, long outletId) {
		return load(officer, outletId).draft();
	}

	/** The places of an outlet by code. */
	public List<PlaceView> places(long outletId) {
		return jdbc.sql("""
				select id, code, kind, product_capacity from outlet_place where outlet_id = :outletId
				order by code collate "C", id limit 1000""")
			.param("outletId", outletId)
			.query((rs, n) -> new PlaceView(rs.getLong("id"), rs.getString("code"),
					PlaceKind.valueOf(rs.getString("kind")), rs.getInt("product_capacity")))
			.list();
	}

	/** The outlet if the officer's area covers it (administrators: any), else "not found". */
	public OutletDetails load(PortalUser officer, long outletId) {
		OutletDetails outlet = find(outletId);
		if (outlet == null || !mayManage(officer, outlet.draft().villageCode())) {
			throw new NotFoundException();
		}
		return outlet;
	}

	/** Whether this user keeps outlets of this kelurahan: officers of its area and administrators. */
	public static boolean mayManage(PortalUser user, String villageCode) {
		return (user.role() == Role.OFFICER || user.role() == Role.ADMIN) && user.covers(villageCode);
	}

	/** The outlet without its places and calls, or null. */
	public OutletDetails find(long outletId) {
		return jdbc.sql(OUTLET_COLUMNS + " where o.id = :outletId")
			.param("outletId", outletId)
			.query((rs, n) -> outlet(rs))
			.optional()
			.orElse(null);
	}

	private static OutletDetails outlet(ResultSet rs) throws SQLException {
		OutletDraft draft = new OutletDraft(rs.getString("name"), OutletKind.valueOf(rs.getString("kind")),
				rs.getObject("operator_partner_id", Long.class), rs.getString("address"), rs.getString("village_code"),
				rs.getString("opening_hours"), rules(rs));
		return new OutletDetails(rs.getLong("id"), draft, rs.getString("operator_name"), rs.getString("district_code"),
				rs.getString("city_code"), List.of(), Page.empty());
	}

	/** The rules from the outlet's columns, by their names. */
	static OutletRules rules(ResultSet rs) throws SQLException {
		String minPhase = rs.getString("min_phase");
		return new OutletRules(enums(rs.getArray("eligible_sectors"), Sector.class), Grade.of(rs.getString("min_grade")),
				enums(rs.getArray("required_licences"), LicenceType.class),
				minPhase == null ? null : Phase.valueOf(minPhase), rs.getLong("fee_per_period"),
				rs.getBigDecimal("revenue_share_percent"), rs.getInt("max_consecutive_periods"));
	}

	/** A call from {@link #CALL_COLUMNS}. */
	static CallView call(ResultSet rs) throws SQLException {
		LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
		LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
		long placeDays = (endsOn.toEpochDay() - startsOn.toEpochDay() + 1) * rs.getInt("places");
		int utilisation = placeDays == 0 ? 0
				: BigDecimal.valueOf(rs.getLong("booked_days") * 100)
					.divide(BigDecimal.valueOf(placeDays), 0, RoundingMode.HALF_UP)
					.intValue();
		return new CallView(rs.getLong("id"), rs.getLong("outlet_id"), startsOn, endsOn,
				rs.getObject("apply_until", LocalDate.class), rs.getInt("confirm_days"), rs.getInt("waiting"),
				rs.getInt("held"), utilisation);
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> values = EnumSet.noneOf(type);
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add(Enum.valueOf(type, (String) value));
			}
		}
		return values;
	}

	/** {@code where ...} limiting outlets to the user's kota and kecamatan; nothing for administrators. */
	static String areaFilter(PortalUser user, String alias, Map<String, Object> params) {
		String condition = areaCondition(user, alias, params);
		return condition.isEmpty() ? "" : " where " + condition;
	}

	/** The same filter as a condition to add with {@code and}; empty for an administrator. */
	static String areaCondition(PortalUser user, String alias, Map<String, Object> params) {
		if (user.role() == Role.ADMIN) {
			return "";
		}
		params.put("area", user.areaCodes().toArray(String[]::new));
		return inArea(alias, ":area");
	}

	/** The same condition with the user's region codes written in ({@link PlannedOnce}); empty for an administrator. */
	static String plannedAreaCondition(PortalUser user, String alias) {
		return user.role() == Role.ADMIN ? "" : inArea(alias, PlannedOnce.regionCodes(user.areaCodes()));
	}

	private static String inArea(String alias, String codes) {
		return "(%1$s.city_code = any (%2$s) or %1$s.district_code = any (%2$s))".formatted(alias, codes);
	}

}
