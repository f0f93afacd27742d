package id.jakpreneur.portal.outlet.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.query.CallView;
import id.jakpreneur.portal.outlet.query.OutletDetails;
import id.jakpreneur.portal.outlet.query.OutletSummary;
import id.jakpreneur.portal.outlet.query.PlaceView;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers keep the outlets of their area (the outlet's kelurahan decides; administrators keep all): the outlet and
 * its rules, its places, and the calls for periods. Outlets outside the officer's area answer "not found".
 */
@Service
@Transactional
public class OutletManagement {

	static final String OUTLET_COLUMNS = """
			select o.id, o.name, o.kind, o.operator_partner_id, o.address, o.village_code, o.opening_hours,
			       o.eligible_sectors, o.min_grade, o.required_licences, o.min_phase, o.fee_per_period,
			       o.revenue_share_percent, o.max_consecutive_periods, org.name, o.district_code, o.city_code
			from outlet o left join partner_organisation org on org.id = o.operator_partner_id
			""";

	/** Columns of {@link CallView}, with utilisation counted over confirmed and reported bookings. */
	public static final String CALL_COLUMNS = """
			select c.id, c.outlet_id, c.starts_on, c.ends_on, c.apply_until, c.confirm_days,
			       (select count(*) from outlet_application a where a.call_id = c.id and a.status = 'APPLIED'),
			       (select count(*) from outlet_application a where a.call_id = c.id
			          and a.status in ('OFFERED', 'CONFIRMED', 'REPORTED')),
			       coalesce((select sum(upper(a.period * daterange(c.starts_on, c.ends_on, '[]'))
			                            - lower(a.period * daterange(c.starts_on, c.ends_on, '[]')))
			                 from outlet_application a where a.call_id = c.id and a.status in ('CONFIRMED', 'REPORTED')), 0),
			       (select count(*) from outlet_place pl where pl.outlet_id = c.outlet_id)
			from outlet_call c
			""";

	private final JdbcTemplate jdbc;

	private final RegionDirectory regions;

	private final Clock clock;

	OutletManagement(JdbcTemplate jdbc, RegionDirectory regions, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/** One page of the officer's outlets by name: one count and one select. */
	@Transactional(readOnly = true)
	public Page<OutletSummary> list(PortalUser officer, Pageable page) {
		List<Object> args = new ArrayList<>();
		String where = areaFilter(officer, "o", args);
		Long total = jdbc.queryForObject("select count(*) from outlet o" + where, Long.class, args.toArray());
		args.add(page.getPageSize());
		args.add(page.getOffset());
		List<OutletSummary> rows = jdbc.query("""
				select o.id, o.name, o.kind, org.name, o.village_code,
				       (select count(*) from outlet_place p where p.outlet_id = o.id),
				       (select count(*) from outlet_call c where c.outlet_id = o.id and c.apply_until >= ?)
				from outlet o left join partner_organisation org on org.id = o.operator_partner_id
				""" + where + " order by lower(o.name) collate \"C\", o.id limit ? offset ?",
				(rs, n) -> new OutletSummary(rs.getLong(1), rs.getString(2), OutletKind.valueOf(rs.getString(3)),
						rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7)),
				prepend(LocalDate.now(clock), args));
		return new PageImpl<>(rows, page, total == null ? 0 : total);
	}

	/** The outlet with its places and a page of its calls: three statements. */
	@Transactional(readOnly = true)
	public OutletDetails get(PortalUser officer, long outletId, Pageable callPage) {
		OutletDetails outlet = load(officer, outletId);
		Long total = jdbc.queryForObject("select count(*) from outlet_call where outlet_id = ?", Long.class, outletId);
		List<CallView> calls = jdbc.query(CALL_COLUMNS + " where c.outlet_id = ? order by c.starts_on desc, c.id desc"
				+ " limit ? offset ?", (rs, n) -> call(rs), outletId, callPage.getPageSize(), callPage.getOffset());
		return new OutletDetails(outlet.id(), outlet.draft(), outlet.operatorName(), outlet.districtCode(),
				outlet.cityCode(), places(outletId), new PageImpl<>(calls, callPage, total == null ? 0 : total));
	}

	@Transactional(readOnly = true)
	public OutletDraft draft(PortalUser officer, long outletId) {
		return load(officer, outletId).draft();
	}

	/**
	 * @throws OutletNameTakenException when another outlet has this name
	 * @throws AccessDeniedException when the kelurahan lies outside the officer's area
	 */
	public long create(PortalUser officer, OutletDraft draft) {
		refuseTakenName(draft.name(), 0);
		RegionView[] area = area(officer, draft.villageCode());
		OutletRules r = draft.rules();
		try {
			return jdbc.queryForObject("""
					insert into outlet (name, kind, operator_partner_id, address, village_code, district_code, city_code,
					  opening_hours, eligible_sectors, min_grade, required_licences, min_phase, fee_per_period,
					  revenue_share_percent, max_consecutive_periods, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""", Long.class, draft.name().strip(), draft.kind().name(), draft.operatorPartnerId(),
					draft.address().strip(), draft.villageCode(), area[0].code(), area[1].code(),
					draft.openingHours().strip(), names(r.eligibleSectors()), name(r.minGrade()),
					names(r.requiredLicences()), name(r.minPhase()), r.feePerPeriod(), r.revenueSharePercent(),
					r.maxConsecutivePeriods(), officer.accountId());
		}
		catch (DuplicateKeyException ex) {
			throw new OutletNameTakenException();
		}
	}

	/** @throws OutletNameTakenException when another outlet has this name */
	public void update(PortalUser officer, long outletId, OutletDraft draft) {
		load(officer, outletId);
		refuseTakenName(draft.name(), outletId);
		RegionView[] area = area(officer, draft.villageCode());
		OutletRules r = draft.rules();
		try {
			jdbc.update("""
					update outlet set name = ?, kind = ?, operator_partner_id = ?, address = ?, village_code = ?,
					  district_code = ?, city_code = ?, opening_hours = ?, eligible_sectors = ?, min_grade = ?,
					  required_licences = ?, min_phase = ?, fee_per_period = ?, revenue_share_percent = ?,
					  max_consecutive_periods = ?, version = version + 1
					where id = ?
					""", draft.name().strip(), draft.kind().name(), draft.operatorPartnerId(), draft.address().strip(),
					draft.villageCode(), area[0].code(), area[1].code(), draft.openingHours().strip(),
					names(r.eligibleSectors()), name(r.minGrade()), names(r.requiredLicences()), name(r.minPhase()),
					r.feePerPeriod(), r.revenueSharePercent(), r.maxConsecutivePeriods(), outletId);
		}
		catch (DuplicateKeyException ex) {
			throw new OutletNameTakenException();
		}
	}

	/** @throws PlaceCodeTakenException when the outlet already has a place with this code */
	public long addPlace(PortalUser officer, long outletId, PlaceDraft draft) {
		load(officer, outletId);
		Boolean taken = jdbc.queryForObject(
				"select exists (select 1 from outlet_place where outlet_id = ? and lower(code) = lower(?))",
				Boolean.class, outletId, draft.code().strip());
		if (Boolean.TRUE.equals(taken)) {
			throw new PlaceCodeTakenException();
		}
		try {
			return jdbc.queryForObject(
					"insert into outlet_place (outlet_id, code, kind, product_capacity) values (?, ?, ?, ?) returning id",
					Long.class, outletId, draft.code().strip(), draft.kind().name(), draft.productCapacity());
		}
		catch (DuplicateKeyException ex) {
			throw new PlaceCodeTakenException();
		}
	}

	/**
	 * Opens a call for a period.
	 * @throws OutletRefusedException when the dates are inconsistent or the outlet has no places yet
	 */
	public long openCall(PortalUser officer, long outletId, CallDraft draft) {
		load(officer, outletId);
		if (draft.endsOn().isBefore(draft.startsOn())) {
			throw new OutletRefusedException("outlet.call.endsBeforeStart");
		}
		if (draft.endsOn().toEpochDay() - draft.startsOn().toEpochDay() >= 366) {
			throw new OutletRefusedException("outlet.call.tooLong");
		}
		if (draft.applyUntil().isAfter(draft.startsOn())) {
			throw new OutletRefusedException("outlet.call.applyAfterStart");
		}
		if (draft.applyUntil().isBefore(LocalDate.now(clock))) {
			throw new OutletRefusedException("outlet.call.applyPast");
		}
		if (places(outletId).isEmpty()) {
			throw new OutletRefusedException("outlet.call.noPlaces");
		}
		return jdbc.queryForObject("""
				insert into outlet_call (outlet_id, starts_on, ends_on, apply_until, confirm_days, created_by)
				values (?, ?, ?, ?, ?, ?) returning id
				""", Long.class, outletId, draft.startsOn(), draft.endsOn(), draft.applyUntil(), draft.confirmDays(),
				officer.accountId());
	}

	public List<PlaceView> places(long outletId) {
		return jdbc.query("select id, code, kind, product_capacity from outlet_place where outlet_id = ? "
				+ "order by code collate \"C\", id limit 1000", (rs, n) -> new PlaceView(rs.getLong(1), rs.getString(2),
						PlaceKind.valueOf(rs.getString(3)), rs.getInt(4)), outletId);
	}

	/** The outlet if the officer's area covers it (administrators: any), else "not found". */
	public OutletDetails load(PortalUser officer, long outletId) {
		OutletDetails outlet = find(outletId);
		if (outlet == null || !mayManage(officer, outlet.draft().villageCode())) {
			throw new NotFoundException();
		}
		return outlet;
	}

	static boolean mayManage(PortalUser user, String villageCode) {
		return (user.role() == Role.OFFICER || user.role() == Role.ADMIN) && user.covers(villageCode);
	}

	/** The outlet without its places and calls, or null. */
	public OutletDetails find(long outletId) {
		return jdbc.query(OUTLET_COLUMNS + " where o.id = ?", (rs, n) -> outlet(rs), outletId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	static OutletDetails outlet(ResultSet rs) throws SQLException {
		String minGrade = rs.getString(9);
		String minPhase = rs.getString(11);
		OutletRules rules = new OutletRules(enums(rs.getArray(8), Sector.class),
				minGrade == null ? null : Grade.valueOf(minGrade), enums(rs.getArray(10), LicenceType.class),
				minPhase == null ? null : Phase.valueOf(minPhase), rs.getLong(12), rs.getBigDecimal(13), rs.getInt(14));
		long operator = rs.getLong(4);
		OutletDraft draft = new OutletDraft(rs.getString(2), OutletKind.valueOf(rs.getString(3)),
				rs.wasNull() ? null : operator, rs.getString(5), rs.getString(6), rs.getString(7), rules);
		return new OutletDetails(rs.getLong(1), draft, rs.getString(15), rs.getString(16), rs.getString(17), List.of(),
				Page.empty());
	}

	public static CallView call(ResultSet rs) throws SQLException {
		long days = rs.getObject(4, LocalDate.class).toEpochDay() - rs.getObject(3, LocalDate.class).toEpochDay() + 1;
		long placeDays = days * rs.getInt(10);
		int utilisation = placeDays == 0 ? 0
				: BigDecimal.valueOf(rs.getLong(9) * 100).divide(BigDecimal.valueOf(placeDays), 0,
						java.math.RoundingMode.HALF_UP).intValue();
		return new CallView(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7),
				rs.getInt(8), utilisation);
	}

	public static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> values = EnumSet.noneOf(type);
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add(Enum.valueOf(type, (String) value));
			}
		}
		return values;
	}

	/** {@code where ...} limiting outlets to the user's kota and kecamatan; nothing for administrators. */
	static String areaFilter(PortalUser user, String alias, List<Object> args) {
		if (user.role() == Role.ADMIN) {
			return "";
		}
		String[] area = user.areaCodes().toArray(String[]::new);
		args.add(area);
		args.add(area);
		return " where (" + alias + ".city_code = any (?) or " + alias + ".district_code = any (?))";
	}

	private RegionView[] area(PortalUser officer, String villageCode) {
		RegionView village = regions.find(villageCode).orElseThrow(NotFoundException::new);
		if (!mayManage(officer, villageCode)) {
			throw new AccessDeniedException("outlet outside the officer's area");
		}
		RegionView district = regions.find(village.parentCode()).orElseThrow();
		return new RegionView[] { district, regions.find(district.parentCode()).orElseThrow() };
	}

	/** The friendly early answer; the unique index still decides between concurrent submissions. */
	private void refuseTakenName(String name, long exceptId) {
		if (Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from outlet where lower(name) = lower(?) and id <> ?)", Boolean.class,
				name.strip(), exceptId))) {
			throw new OutletNameTakenException();
		}
	}

	private static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static Object[] prepend(Object first, List<Object> rest) {
		Object[] all = new Object[rest.size() + 1];
		all[0] = first;
		System.arraycopy(rest.toArray(), 0, all, 1, rest.size());
		return all;
	}

	static List<Object> listOf(Object... values) {
		return new ArrayList<>(Arrays.asList(values));
	}

}
