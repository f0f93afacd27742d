package id.jakpreneur.portal.dashboard.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a dashboard from the summaries in seven statements, whatever the filters: the agencies with their targets and
 * the time of the last rebuild, then participants by kecamatan, by agency combination and in total (one pass over the
 * cube with grouping sets), phase changes by month, mentors, outlets, capital by kota and partner, and e-Order
 * ({@link EOrderQueries}); the six after the first are kept per filter until the next rebuild ({@link KeptSummaries}),
 * so a dashboard seen again costs one statement. Participant figures come from the
 * kecamatan-grain roll-up when only the year, area and agency are chosen, from the kecamatan-grain cube when a
 * sector, target group or size class is, and from the per-participant fact table through its index when a kelurahan
 * is chosen; phase changes likewise from the kota-grain roll-up, the kota-grain cube, or the event table through its
 * index when a kecamatan or kelurahan limit applies.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

	/** Mentors listed by their stalled mentees. */
	public static final int TOP_MENTORS = 20;

	/** Outlets listed by their sales. */
	public static final int TOP_OUTLETS = 20;

	private static final String STEP_SUMS = """
			sum(completed_p1) as completed_p1, sum(completed_p2) as completed_p2, sum(completed_p3) as completed_p3,
			sum(completed_p4) as completed_p4, sum(completed_p5) as completed_p5, sum(completed_p6) as completed_p6,
			sum(completed_p7) as completed_p7, sum(reached_p1) as reached_p1, sum(reached_p2) as reached_p2,
			sum(reached_p3) as reached_p3, sum(reached_p4) as reached_p4, sum(reached_p5) as reached_p5,
			sum(reached_p6) as reached_p6, sum(reached_p7) as reached_p7, sum(reached_p1_p2) as reached_p1_p2,
			sum(reached_p2_p3) as reached_p2_p3, sum(reached_p3_p4) as reached_p3_p4, sum(reached_p4_p5) as reached_p4_p5,
			sum(reached_p5_p6) as reached_p5_p6, sum(reached_p6_p7) as reached_p6_p7""";

	/** The fact table shaped like the cube, one participant per row. */
	private static final String FACT_AS_CUBE = """
			(select reg_year, city_code, district_code, village_code, sector, agency_mask, target_mask, size_class,
			        1 as participants, stalled::int as stalled, moved_up::int as moved_up,
			        (completed_mask & 1 <> 0)::int as completed_p1, (completed_mask & 2 <> 0)::int as completed_p2,
			        (completed_mask & 4 <> 0)::int as completed_p3, (completed_mask & 8 <> 0)::int as completed_p4,
			        (completed_mask & 16 <> 0)::int as completed_p5, (completed_mask & 32 <> 0)::int as completed_p6,
			        (completed_mask & 64 <> 0)::int as completed_p7,
			        (reached_mask & 1 <> 0)::int as reached_p1, (reached_mask & 2 <> 0)::int as reached_p2,
			        (reached_mask & 4 <> 0)::int as reached_p3, (reached_mask & 8 <> 0)::int as reached_p4,
			        (reached_mask & 16 <> 0)::int as reached_p5, (reached_mask & 32 <> 0)::int as reached_p6,
			        (reached_mask & 64 <> 0)::int as reached_p7,
			        (reached_mask & 3 = 3)::int as reached_p1_p2, (reached_mask & 6 = 6)::int as reached_p2_p3,
			        (reached_mask & 12 = 12)::int as reached_p3_p4, (reached_mask & 24 = 24)::int as reached_p4_p5,
			        (reached_mask & 48 = 48)::int as reached_p5_p6, (reached_mask & 96 = 96)::int as reached_p6_p7,
			        (phase = 'NONE')::int as phase_none, (phase = 'IDEA')::int as phase_idea,
			        (phase = 'EARLY')::int as phase_early, (phase = 'GROWING')::int as phase_growing,
			        (phase = 'SCALING')::int as phase_scaling, (phase = 'GRADUATED')::int as phase_graduated
			 from dashboard_fact)""";

	/** The event table shaped like the event cube, one phase change per row. */
	private static final String EVENTS_AS_CUBE = """
			(select month, city_code, district_code, village_code, sector, agency_mask, target_mask, size_class,
			        direction, to_phase, 1 as events, (days < 30)::int as d0, (days >= 30 and days < 60)::int as d1,
			        (days >= 60 and days < 90)::int as d2, (days >= 90 and days < 180)::int as d3,
			        (days >= 180 and days < 365)::int as d4, (days >= 365 and days < 730)::int as d5,
			        (days >= 730)::int as d6
			 from dashboard_event)""";

	private final JdbcClient jdbc;

	private final EOrderQueries eorder;

	private final KeptSummaries kept = new KeptSummaries();

	DashboardQueries(JdbcClient jdbc, EOrderQueries eorder) {
		this.jdbc = jdbc;
		this.eorder = eorder;
	}

	/**
	 * The dashboard of this filter: the agencies with their targets and the time of the last rebuild in a first
	 * statement, then the summaries' figures, kept for this filter until the next rebuild ({@link KeptSummaries}).
	 * Targets are read every time: an administrator's change shows at once, not at the next rebuild.
	 */
	public DashboardData load(DashboardFilter filter) {
		Map<String, Integer> bits = new LinkedHashMap<>();
		Map<String, long[]> targets = new LinkedHashMap<>();
		Instant[] rebuiltAt = { null };
		jdbc.sql("""
				select b.code, b.bit, t.step, sum(t.target) as target,
				       (select refreshed_at from dashboard_refresh where id = 1) as refreshed_at
				from dashboard_agency_bit b
				left join dashboard_target t on t.agency_code = b.code
				      and (cast(:year as int) is null or t.year = cast(:year as int))
				group by b.code, b.bit, t.step order by b.code, t.step
				""").param("year", filter.year(), java.sql.Types.INTEGER).query(rs -> {
			String agency = rs.getString("code");
			bits.putIfAbsent(agency, rs.getInt("bit"));
			Timestamp at = rs.getTimestamp("refreshed_at");
			rebuiltAt[0] = at == null ? null : at.toInstant();
			String step = rs.getString("step");
			if (step != null) {
				targets.computeIfAbsent(agency, a -> new long[7])[Integer.parseInt(step.substring(1)) - 1] = rs
					.getLong("target");
			}
		});
		Summaries summaries = kept.get(filter, rebuiltAt[0], () -> summaries(filter));
		// a participant counts for every agency whose bit their mask has
		Map<String, long[]> agencyReached = new LinkedHashMap<>();
		bits.forEach((agency, bit) -> agencyReached.put(agency, reachedBy(bit, summaries.byAgencyMask())));
		return new DashboardData(summaries.total(), summaries.byDistrict(), agencyReached, targets, summaries.events(),
				summaries.mentors(), summaries.mentorTotals(), summaries.outlets(), summaries.capital(),
				summaries.eorder());
	}

	/** Everything of a dashboard read from the summaries: the same until they are rebuilt. */
	record Summaries(Totals total, Map<String, Totals> byDistrict, Map<Integer, Totals> byAgencyMask,
			List<PhaseEvents> events, List<MentorFigures> mentors, MentorTotals mentorTotals,
			List<OutletFigures> outlets, List<CapitalFigures> capital, EOrderFigures eorder) {
	}

	private Summaries summaries(DashboardFilter filter) {
		Map<String, Totals> byDistrict = new LinkedHashMap<>();
		Totals[] total = { Totals.empty() };
		Map<Integer, Totals> byAgencyMask = new LinkedHashMap<>();
		Where where = participantWhere(filter);
		String source = filter.village() != null ? FACT_AS_CUBE + " c"
				: filter.coarse() ? "dashboard_participant_rollup c" : "dashboard_participant_cube c";
		jdbc.sql("""
				select district_code, agency_mask, grouping(district_code) as by_district,
				       grouping(agency_mask) as by_agency, sum(participants) as participants, sum(stalled) as stalled,
				       sum(moved_up) as moved_up, %s, sum(phase_none) as phase_none, sum(phase_idea) as phase_idea,
				       sum(phase_early) as phase_early, sum(phase_growing) as phase_growing,
				       sum(phase_scaling) as phase_scaling, sum(phase_graduated) as phase_graduated
				from %s where %s group by grouping sets ((), (district_code), (agency_mask)) order by district_code
				""".formatted(STEP_SUMS, source, where.sql())).params(where.params()).query(rs -> {
			Totals totals = totals(rs);
			if (rs.getInt("by_district") == 0) {
				byDistrict.put(rs.getString("district_code"), totals);
			}
			else if (rs.getInt("by_agency") == 0) {
				byAgencyMask.put(rs.getInt("agency_mask"), totals);
			}
			else {
				total[0] = totals;
			}
		});
		MentorTotals[] mentorTotals = { MentorTotals.none() };
		List<MentorFigures> mentors = mentors(filter, mentorTotals);
		return new Summaries(total[0], Collections.unmodifiableMap(byDistrict), Collections.unmodifiableMap(byAgencyMask),
				List.copyOf(events(filter)), List.copyOf(mentors), mentorTotals[0], List.copyOf(outlets(filter)),
				List.copyOf(capital(filter)), eorder.load(filter));
	}

	/** Participants and steps P1..P7 reached of the agency with this bit: [0] participants, [1..7] reached. */
	private static long[] reachedBy(int bit, Map<Integer, Totals> byAgencyMask) {
		long[] values = new long[8];
		byAgencyMask.forEach((mask, totals) -> {
			if ((mask & bit) != 0) {
				values[0] += totals.participants();
				for (int i = 0; i < 7; i++) {
					values[i + 1] += totals.reached()[i];
				}
			}
		});
		return values;
	}

	private List<PhaseEvents> events(DashboardFilter filter) {
		Where where = new Where();
		if (filter.year() != null) {
			where.add("month >= make_date(:year, 1, 1) and month < make_date(:year + 1, 1, 1)", "year", filter.year());
		}
		dimensions(where, filter);
		String source = filter.needsDistrictGrain() ? EVENTS_AS_CUBE + " c"
				: filter.coarse() ? "dashboard_event_rollup c" : "dashboard_event_cube c";
		List<PhaseEvents> events = new ArrayList<>();
		jdbc.sql("""
				select month, direction, to_phase, sum(events) as events, sum(d0) as d0, sum(d1) as d1, sum(d2) as d2,
				       sum(d3) as d3, sum(d4) as d4, sum(d5) as d5, sum(d6) as d6
				from %s where %s group by month, direction, to_phase order by month, direction, to_phase
				""".formatted(source, where.sql())).params(where.params()).query(rs -> {
			long[] buckets = new long[7];
			for (int i = 0; i < 7; i++) {
				buckets[i] = rs.getLong("d" + i);
			}
			events.add(new PhaseEvents(rs.getDate("month").toLocalDate(), rs.getString("direction"),
					rs.getString("to_phase"), rs.getLong("events"), buckets));
		});
		return events;
	}

	/**
	 * The mentors with the most stalled mentees, each row carrying the totals of the whole selection (window
	 * aggregates), so that 5,000 mentors cost one statement returning at most {@link #TOP_MENTORS} rows.
	 */
	private List<MentorFigures> mentors(DashboardFilter filter, MentorTotals[] totals) {
		Where where = new Where();
		if (filter.village() != null || filter.district() != null) {
			where.add(":mentorDistrict = any(district_codes)", "mentorDistrict",
					filter.district() != null ? filter.district() : filter.village().substring(0, 8));
		}
		else if (filter.city() != null) {
			where.add(":mentorCity = any(city_codes)", "mentorCity", filter.city());
		}
		if (!filter.areaCodes().isEmpty()) {
			where.add("(city_codes && cast(:areaCities as text[]) or district_codes && cast(:areaDistricts as text[]))",
					"areaCities", filter.areaCities(), "areaDistricts", filter.areaDistricts());
		}
		if (filter.agency() != null) {
			where.add("agency_code = :agency", "agency", filter.agency());
		}
		return jdbc.sql("""
				select mentor_id, full_name, capacity, active_mentees, stalled_mentees, sessions_90d,
				       count(*) over () as all_mentors, sum(capacity) over () as all_capacity,
				       sum(active_mentees) over () as all_active, sum(sessions_90d) over () as all_sessions,
				       count(*) filter (where active_mentees = 0) over () as band0,
				       count(*) filter (where active_mentees > 0 and active_mentees * 2 < capacity) over () as band1,
				       count(*) filter (where active_mentees * 2 >= capacity and active_mentees * 5 < capacity * 4)
				           over () as band2,
				       count(*) filter (where active_mentees * 5 >= capacity * 4 and active_mentees < capacity)
				           over () as band3,
				       count(*) filter (where active_mentees > 0 and active_mentees >= capacity) over () as band4
				from dashboard_mentor
				where %s order by stalled_mentees desc, lower(full_name), mentor_id limit %d
				""".formatted(where.sql(), TOP_MENTORS)).params(where.params()).query((rs, i) -> {
			long[] bands = new long[5];
			for (int b = 0; b < 5; b++) {
				bands[b] = rs.getLong("band" + b);
			}
			totals[0] = new MentorTotals(rs.getLong("all_mentors"), rs.getLong("all_capacity"), rs.getLong("all_active"),
					rs.getLong("all_sessions"), bands);
			return new MentorFigures(rs.getLong("mentor_id"), rs.getString("full_name"), rs.getInt("capacity"),
					rs.getInt("active_mentees"), rs.getInt("stalled_mentees"), rs.getInt("sessions_90d"));
		}).list();
	}

	private List<OutletFigures> outlets(DashboardFilter filter) {
		Where where = yearAndArea(filter);
		return jdbc.sql("""
				select outlet_id, name, city_code, district_code, max(places) as places, sum(place_days) as place_days,
				       sum(booked_days) as booked_days, sum(bookings) as bookings, sum(sales) as sales,
				       sum(units) as units
				from dashboard_outlet where %s group by outlet_id, name, city_code, district_code
				order by sum(sales) desc, lower(name), outlet_id limit %d
				""".formatted(where.sql(), TOP_OUTLETS)).params(where.params())
			.query((rs, n) -> new OutletFigures(rs.getLong("outlet_id"), rs.getString("name"), rs.getString("city_code"),
					rs.getString("district_code"), rs.getInt("places"), rs.getLong("place_days"),
					rs.getLong("booked_days"), rs.getLong("bookings"), rs.getLong("sales"), rs.getLong("units")))
			.list();
	}

	/** Capital by kota and by partner, one statement (two grouping sets), largest disbursements first. */
	private List<CapitalFigures> capital(DashboardFilter filter) {
		Where where = yearAndArea(filter);
		return jdbc.sql("""
				select case when grouping(city_code) = 0 then city_code end as city_code,
				       case when grouping(partner_id) = 0 then max(partner_name) end as partner_name,
				       sum(applications) as applications, sum(requested) as requested, sum(approved) as approved,
				       sum(approvals) as approvals, sum(disbursed) as disbursed, sum(disbursements) as disbursements
				from dashboard_capital where %s group by grouping sets ((city_code), (partner_id))
				order by grouping(city_code), sum(disbursed) desc, sum(approved) desc, 1, 2
				""".formatted(where.sql())).params(where.params())
			.query((rs, n) -> new CapitalFigures(rs.getString("city_code"), rs.getString("partner_name"),
					rs.getLong("applications"), rs.getLong("requested"), rs.getLong("approved"), rs.getLong("approvals"),
					rs.getLong("disbursed"), rs.getLong("disbursements")))
			.list();
	}

	/** The year and area limits of a summary with a {@code year} column and the area codes. */
	static Where yearAndArea(DashboardFilter filter) {
		Where where = new Where();
		if (filter.year() != null) {
			where.add("year = :year", "year", filter.year());
		}
		area(where, filter);
		return where;
	}

	static Where participantWhere(DashboardFilter filter) {
		Where where = new Where();
		if (filter.year() != null) {
			where.add("reg_year = :year", "year", filter.year());
		}
		dimensions(where, filter);
		return where;
	}

	/** The participant dimensions shared by both cubes: area, sector, agency, target group, size class. */
	private static void dimensions(Where where, DashboardFilter filter) {
		area(where, filter);
		if (filter.village() != null) {
			where.add("village_code = :village", "village", filter.village());
		}
		if (filter.sector() != null) {
			where.add("sector = :sector", "sector", filter.sector());
		}
		if (filter.agency() != null) {
			where.add("agency_mask & coalesce((select bit from dashboard_agency_bit where code = :agency), 0) <> 0",
					"agency", filter.agency());
		}
		if (filter.group() != null) {
			where.add("target_mask & :group <> 0", "group", filter.group().bit());
		}
		if (filter.size() != null) {
			where.add("size_class = :size", "size", filter.size());
		}
	}

	private static void area(Where where, DashboardFilter filter) {
		if (filter.city() != null) {
			where.add("city_code = :city", "city", filter.city());
		}
		if (filter.district() != null) {
			where.add("district_code = :district", "district", filter.district());
		}
		String[] cities = filter.areaCities();
		String[] districts = filter.areaDistricts();
		if (districts.length == 0 && cities.length > 0) {
			where.add("city_code = any(cast(:cities as text[]))", "cities", cities);
		}
		else if (districts.length > 0) {
			where.add("(city_code = any(cast(:cities as text[])) or district_code = any(cast(:districts as text[])))",
					"cities", cities, "districts", districts);
		}
	}

	/** When the figures were last rebuilt; empty before the first refresh. */
	public Optional<Instant> refreshedAt() {
		return jdbc.sql("select refreshed_at from dashboard_refresh where id = 1")
			.query((rs, n) -> rs.getTimestamp("refreshed_at").toInstant())
			.optional();
	}

	private static Totals totals(ResultSet rs) throws SQLException {
		long[] completed = new long[7];
		long[] reached = new long[7];
		long[] phases = new long[6];
		long[] withPrevious = new long[7];
		for (int i = 0; i < 7; i++) {
			completed[i] = rs.getLong("completed_p" + (i + 1));
			reached[i] = rs.getLong("reached_p" + (i + 1));
			if (i > 0) {
				withPrevious[i] = rs.getLong("reached_p" + i + "_p" + (i + 1));
			}
		}
		for (int i = 0; i < 6; i++) {
			phases[i] = rs.getLong("phase_" + Totals.PHASES[i].toLowerCase(java.util.Locale.ROOT));
		}
		return new Totals(rs.getLong("participants"), rs.getLong("stalled"), rs.getLong("moved_up"), completed, reached,
				withPrevious, phases);
	}

	/** A conjunction of conditions with their named parameters ({@code name, value} pairs). */
	static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new LinkedHashMap<>();

		void add(String condition, Object... namesAndValues) {
			conditions.add(condition);
			for (int i = 0; i < namesAndValues.length; i += 2) {
				params.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
		}

		String sql() {
			return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
		}

		Map<String, Object> params() {
			return params;
		}

	}

}
