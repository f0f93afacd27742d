package id.jakpreneur.portal.dashboard.domain;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.jakpreneur.portal.shared.AdvisoryLocks;
import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.LongTransactions;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the dashboard summaries from the other modules' tables (read with SQL, see docs/decisions.md): the
 * per-participant fact table, the participant and phase-change cubes and their coarser roll-ups, the mentor and
 * outlet summaries, capital by area and partner, and e-Order ({@link EOrderSummary}). It runs in
 * the background (every {@code jakpreneur.dashboard.refresh-interval}, default 15 minutes) and when an
 * administrator asks. One transaction: pages keep reading the previous figures until it commits (rows are deleted,
 * not truncated, so readers are never blocked). The background rebuild runs once per interval across instances
 * ({@link ScheduledJob}); a PostgreSQL advisory lock keeps it and the button from rebuilding at the same time: the
 * second simply skips.
 */
@Service
public class SummaryRefresh implements ScheduledJob {

	private static final Logger log = LoggerFactory.getLogger(SummaryRefresh.class);

	/** Days without any movement after which a participant counts as stalled. */
	public static final int STALL_DAYS = 90;

	private static final String FACT = """
			insert into dashboard_fact
			with steps as (
			    select c.participant_id,
			           sum(case when s.status = 'COMPLETED' then 1 << (s.i::int - 1) else 0 end)::smallint as completed_mask,
			           sum(1 << (s.i::int - 1))::smallint as reached_mask
			    from participant_standing c, unnest(c.step_status) with ordinality as s(status, i)
			    where s.status <> 'NEEDED' group by c.participant_id),
			moves as (
			    select participant_id, max(changed_at) as last_at, bool_or(direction = 'UP') as up
			    from phase_change group by participant_id),
			completions as (
			    select participant_id, max(completed_at) as last_at from step_completion group by participant_id),
			sessions as (
			    select participant_id, max(held_on) as last_on from mentoring_session_date group by participant_id),
			mentors as (
			    select a.participant_id, a.mentor_id, m.agency_code
			    from mentor_assignment_span a join mentor_load m on m.id = a.mentor_id where a.ended_at is null)
			select p.id,
			       extract(year from p.registered_at at time zone 'Asia/Jakarta')::smallint,
			       p.city_code, p.district_code, p.village_code, p.sector,
			       fb.bit | coalesce(mb.bit, 0),
			       ((case when p.job_seeker then 1 else 0 end) | (case when p.poor_family then 2 else 0 end)
			           | (case when p.disability then 4 else 0 end))::smallint,
			       coalesce(c.size_class, 'NONE'), coalesce(c.phase, 'NONE'),
			       coalesce(s.completed_mask, 0), coalesce(s.reached_mask, 0),
			       coalesce(mv.up, false),
			       coalesce(c.phase, 'NONE') <> 'GRADUATED'
			           and greatest(p.registered_at, mv.last_at, co.last_at, se.last_on::timestamptz)
			               < now() - make_interval(days => %d),
			       mt.mentor_id
			from participant_directory p
			join dashboard_agency_bit fb on fb.code = p.fostering_agency
			left join participant_standing c on c.participant_id = p.id
			left join steps s on s.participant_id = p.id
			left join moves mv on mv.participant_id = p.id
			left join completions co on co.participant_id = p.id
			left join sessions se on se.participant_id = p.id
			left join mentors mt on mt.participant_id = p.id
			left join dashboard_agency_bit mb on mb.code = mt.agency_code
			""".formatted(STALL_DAYS);

	private static final String PARTICIPANT_CUBE = """
			insert into dashboard_participant_cube
			select reg_year, city_code, district_code, sector, agency_mask, target_mask, size_class,
			       count(*), count(*) filter (where stalled), count(*) filter (where moved_up),
			       count(*) filter (where completed_mask & 1 <> 0), count(*) filter (where completed_mask & 2 <> 0),
			       count(*) filter (where completed_mask & 4 <> 0), count(*) filter (where completed_mask & 8 <> 0),
			       count(*) filter (where completed_mask & 16 <> 0), count(*) filter (where completed_mask & 32 <> 0),
			       count(*) filter (where completed_mask & 64 <> 0),
			       count(*) filter (where reached_mask & 1 <> 0), count(*) filter (where reached_mask & 2 <> 0),
			       count(*) filter (where reached_mask & 4 <> 0), count(*) filter (where reached_mask & 8 <> 0),
			       count(*) filter (where reached_mask & 16 <> 0), count(*) filter (where reached_mask & 32 <> 0),
			       count(*) filter (where reached_mask & 64 <> 0),
			       count(*) filter (where phase = 'NONE'), count(*) filter (where phase = 'IDEA'),
			       count(*) filter (where phase = 'EARLY'), count(*) filter (where phase = 'GROWING'),
			       count(*) filter (where phase = 'SCALING'), count(*) filter (where phase = 'GRADUATED'),
			       count(*) filter (where reached_mask & 3 = 3), count(*) filter (where reached_mask & 6 = 6),
			       count(*) filter (where reached_mask & 12 = 12), count(*) filter (where reached_mask & 24 = 24),
			       count(*) filter (where reached_mask & 48 = 48), count(*) filter (where reached_mask & 96 = 96)
			from dashboard_fact
			group by reg_year, city_code, district_code, sector, agency_mask, target_mask, size_class
			""";

	private static final String EVENTS = """
			insert into dashboard_event
			select pc.participant_id, date_trunc('month', pc.changed_on)::date, f.city_code, f.district_code,
			       f.village_code, f.sector, f.agency_mask, f.target_mask, f.size_class, pc.direction, pc.to_phase,
			       greatest(0, pc.changed_on - coalesce(
			           lag(pc.changed_on) over (partition by pc.participant_id order by pc.changed_at, pc.id),
			           (p.registered_at at time zone 'Asia/Jakarta')::date))
			from phase_change pc
			join dashboard_fact f on f.participant_id = pc.participant_id
			join participant_directory p on p.id = pc.participant_id
			""";

	private static final String EVENT_CUBE = """
			insert into dashboard_event_cube
			select month, city_code, sector, agency_mask, target_mask, size_class, direction, to_phase, count(*),
			       count(*) filter (where days < 30), count(*) filter (where days >= 30 and days < 60),
			       count(*) filter (where days >= 60 and days < 90), count(*) filter (where days >= 90 and days < 180),
			       count(*) filter (where days >= 180 and days < 365), count(*) filter (where days >= 365 and days < 730),
			       count(*) filter (where days >= 730)
			from dashboard_event
			group by month, city_code, sector, agency_mask, target_mask, size_class, direction, to_phase
			""";

	/** The participant cube summed over sector, target group and size class (what coarse filters read). */
	private static final String PARTICIPANT_ROLLUP = """
			insert into dashboard_participant_rollup
			select reg_year, city_code, district_code, agency_mask, sum(participants), sum(stalled), sum(moved_up),
			       sum(completed_p1), sum(completed_p2), sum(completed_p3), sum(completed_p4), sum(completed_p5),
			       sum(completed_p6), sum(completed_p7), sum(reached_p1), sum(reached_p2), sum(reached_p3),
			       sum(reached_p4), sum(reached_p5), sum(reached_p6), sum(reached_p7), sum(phase_none), sum(phase_idea),
			       sum(phase_early), sum(phase_growing), sum(phase_scaling), sum(phase_graduated), sum(reached_p1_p2),
			       sum(reached_p2_p3), sum(reached_p3_p4), sum(reached_p4_p5), sum(reached_p5_p6), sum(reached_p6_p7)
			from dashboard_participant_cube
			group by reg_year, city_code, district_code, agency_mask
			""";

	/** The event cube summed over sector, target group and size class. */
	private static final String EVENT_ROLLUP = """
			insert into dashboard_event_rollup
			select month, city_code, agency_mask, direction, to_phase, sum(events), sum(d0), sum(d1), sum(d2), sum(d3),
			       sum(d4), sum(d5), sum(d6)
			from dashboard_event_cube
			group by month, city_code, agency_mask, direction, to_phase
			""";

	private static final String MENTORS = """
			insert into dashboard_mentor
			select m.id, m.full_name, m.agency_code,
			       coalesce((select array_agg(distinct left(d.district_code, 5)) from mentor_coverage d
			                 where d.mentor_id = m.id), '{}'),
			       coalesce((select array_agg(d.district_code) from mentor_coverage d where d.mentor_id = m.id), '{}'),
			       m.capacity, m.active_mentees, coalesce(st.stalled, 0), coalesce(se.sessions, 0)
			from mentor_load m
			left join (select mentor_id, count(*) filter (where stalled) as stalled from dashboard_fact
			           where mentor_id is not null group by mentor_id) st on st.mentor_id = m.id
			left join (select mentor_id, count(*) as sessions from mentoring_session_date
			           where held_on >= current_date - %d group by mentor_id) se on se.mentor_id = m.id
			""".formatted(STALL_DAYS);

	private static final String OUTLETS = """
			insert into dashboard_outlet
			with years as (
			    select y::smallint as year, make_date(y, 1, 1) as first_day,
			           least(make_date(y + 1, 1, 1), current_date + 1) as end_day
			    from generate_series(2020, extract(year from current_date)::int) y),
			places as (select outlet_id, count(*) as places from outlet_place_directory group by outlet_id),
			booked as (
			    select o.id as outlet_id, y.year,
			           sum(case when isempty(a.period * daterange(y.first_day, y.end_day)) then 0
			                    else upper(a.period * daterange(y.first_day, y.end_day))
			                         - lower(a.period * daterange(y.first_day, y.end_day)) end) as days,
			           count(*) filter (where lower(a.period) >= y.first_day and lower(a.period) < y.end_day) as bookings,
			           coalesce(sum(a.sales) filter (where lower(a.period) >= y.first_day
			                                         and lower(a.period) < y.end_day), 0) as sales,
			           coalesce(sum(a.units_sold) filter (where lower(a.period) >= y.first_day
			                                              and lower(a.period) < y.end_day), 0) as units
			    from outlet_booking_period a
			    join outlet_place_directory pl on pl.id = a.place_id
			    join outlet_directory o on o.id = pl.outlet_id
			    join years y on a.period && daterange(make_date(y.year, 1, 1), make_date(y.year + 1, 1, 1))
			    where a.status in ('OFFERED', 'CONFIRMED', 'REPORTED')
			    group by o.id, y.year)
			select o.id, y.year, o.name, o.city_code, o.district_code, coalesce(pl.places, 0),
			       coalesce(pl.places, 0) * greatest(0, y.end_day - y.first_day),
			       coalesce(b.days, 0), coalesce(b.bookings, 0), coalesce(b.sales, 0), coalesce(b.units, 0)
			from outlet_directory o cross join years y
			left join places pl on pl.outlet_id = o.id
			left join booked b on b.outlet_id = o.id and b.year = y.year
			where y.year >= extract(year from o.created_at at time zone 'Asia/Jakarta') or b.days is not null
			""";

	/** Capital applications by year, kecamatan and partner (partner's view {@code capital_application_figures}). */
	private static final String CAPITAL = """
			insert into dashboard_capital
			select year, city_code, district_code, partner_id, max(partner_name), count(*),
			       coalesce(sum(requested), 0), coalesce(sum(approved), 0), count(approved),
			       coalesce(sum(disbursed), 0), count(disbursed)
			from capital_application_figures group by year, city_code, district_code, partner_id
			""";

	private static final List<String> TABLES = List.of("dashboard_capital", "dashboard_outlet", "dashboard_mentor", "dashboard_event_rollup",
			"dashboard_event_cube", "dashboard_event", "dashboard_participant_rollup", "dashboard_participant_cube",
			"dashboard_fact");

	private final JdbcClient jdbc;

	private final AdvisoryLocks locks;

	private final TransactionTemplate transactions;

	private final JobSchedule schedule;

	private final Duration onDemandEvery;

	SummaryRefresh(JdbcClient jdbc, TransactionTemplate transactions, AdvisoryLocks locks,
			@Value("${jakpreneur.dashboard.refresh-interval:PT15M}") Duration interval,
			@Value("${jakpreneur.dashboard.refresh-initial-delay:PT1M}") Duration initialDelay,
			@Value("${jakpreneur.dashboard.refresh-on-demand-every:PT2M}") Duration onDemandEvery) {
		this.jdbc = jdbc;
		this.onDemandEvery = onDemandEvery;
		this.locks = locks;
		this.transactions = transactions;
		this.schedule = JobSchedule.every(interval, initialDelay).longestRun(Duration.ofHours(1));
	}

	@Override
	public String name() {
		return "dashboard.summary-refresh";
	}

	@Override
	public JobSchedule schedule() {
		return schedule;
	}

	/** The background refresh. */
	@Override
	public String run() {
		return refresh() ? "rebuilt" : "another rebuild was under way";
	}

	/** What a press of the refresh button did. */
	public enum OnDemand {
		/** The summaries were rebuilt. */
		REFRESHED,
		/** Another rebuild was under way; its figures will be as fresh. */
		RUNNING,
		/** The summaries were rebuilt less than the on-demand interval ago: nothing done. */
		RECENT
	}

	/**
	 * Rebuilds the summaries for an officer or administrator who asked, at most once per
	 * {@code jakpreneur.dashboard.refresh-on-demand-every} (default 2 minutes) across the portal: a rebuild reads
	 * every participant, so many officers pressing the button (or one pressing it again) cost one rebuild.
	 */
	public OnDemand refreshOnDemand() {
		boolean recent = jdbc.sql("""
				select exists (select 1 from dashboard_refresh where refreshed_at > now() - make_interval(secs => :seconds))
				""").param("seconds", (double) onDemandEvery.toSeconds()).query(Boolean.class).single();
		if (recent) {
			return OnDemand.RECENT;
		}
		return refresh() ? OnDemand.REFRESHED : OnDemand.RUNNING;
	}

	/**
	 * Rebuilds every summary now. Returns false when another instance (or another request) is already rebuilding:
	 * its figures will be just as fresh.
	 */
	public boolean refresh() {
		Boolean done = transactions.execute(status -> {
			if (!locks.tryLock(AdvisoryLocks.Namespace.DASHBOARD_REFRESH, 1)) {
				return false;
			}
			LongTransactions.allow(Duration.ofMinutes(30)); // a rebuild reads every participant
			long start = System.nanoTime();
			jdbc.sql("set local work_mem = '256MB'").update();
			EOrderSummary.TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
			TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
			List.of(FACT, PARTICIPANT_CUBE, PARTICIPANT_ROLLUP, EVENTS, EVENT_CUBE, EVENT_ROLLUP, MENTORS, OUTLETS, CAPITAL)
				.forEach(statement -> jdbc.sql(statement).update());
			EOrderSummary.STATEMENTS.forEach(statement -> jdbc.sql(statement).update());
			int millis = (int) ((System.nanoTime() - start) / 1_000_000);
			jdbc.sql("""
					insert into dashboard_refresh (id, refreshed_at, duration_ms) values (1, now(), :millis)
					on conflict (id) do update set refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms
					""").param("millis", millis).update();
			log.debug("Dashboard summaries rebuilt in {} ms", millis);
			return true;
		});
		return Boolean.TRUE.equals(done);
	}

}
