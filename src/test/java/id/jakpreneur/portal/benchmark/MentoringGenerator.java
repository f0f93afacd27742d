package id.jakpreneur.portal.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the mentoring side of a benchmark straight into PostgreSQL, after {@link ParticipantGenerator}: a current
 * assessment for every participant (a share of them needing P3 Pendampingan, so they wait in the officers' queues),
 * mentors with their MENTOR logins, tracks, covered kecamatan, languages and capacities, and active assignments that
 * fill a part of each mentor's capacity with waiting participants of the mentor's own kecamatan (the counting
 * trigger keeps {@code mentor.active_mentees} right). Assessments exist only as their current state: the assignment
 * pages read nothing else.
 */
public final class MentoringGenerator {

	private static final String TRACKS = "(array['IDEA_TO_BUSINESS','LEGALITY_AND_STANDARDS','MARKETING_AND_DIGITAL',"
			+ "'FINANCE_AND_BOOKKEEPING','CAPITAL_ACCESS','EXPANSION'])";

	private MentoringGenerator() {
	}

	/**
	 * Gives every participant without one a current assessment; {@code waitingPercent} of them need mentoring, since
	 * a moment in the last 400 days. Returns how many were added.
	 */
	public static int assessEveryone(JdbcTemplate jdbc, int waitingPercent) {
		int added = jdbc.update("""
				insert into assessment_current (participant_id, assessment_id, phase, track, priority, policy_version,
				    assessed_at, waiting_since)
				select p.id, -p.id, (array['IDEA','EARLY','GROWING','SCALING'])[1 + h.v %% 4],
				       %s[1 + (h.v / 4) %% 6], (array['HIGH','MEDIUM','LOW'])[1 + (h.v / 24) %% 3], 'benchmark',
				       now() - ((h.v / 72) %% 700 || ' days')::interval,
				       case when (h.v / 50400) %% 100 < ? then now() - ((h.v / 72) %% 400 || ' days')::interval
				            - ((h.v / 7) %% 1440 || ' minutes')::interval end
				from participant p
				cross join lateral (select abs(hashtext('bench-' || p.id)) as v) h
				where not exists (select 1 from assessment_current c where c.participant_id = p.id)
				""".formatted(TRACKS), waitingPercent);
		jdbc.execute("analyze assessment_current");
		return added;
	}

	/**
	 * Adds {@code count} mentors (unless they exist): a third each PJLP, partner volunteers and experts; one to three
	 * tracks and one to three neighbouring kecamatan; capacity 5 to 15; one in twenty paused. Then fills 40% to 89%
	 * of each active mentor's capacity with waiting participants of their first kecamatan. Returns the number of
	 * active assignments made.
	 */
	public static int addMentors(JdbcTemplate jdbc, int count) {
		Integer existing = jdbc.queryForObject(
				"select count(*) from account where email like 'bench-mentor-%@bench.local'", Integer.class);
		if (existing >= count) {
			return 0;
		}
		Long admin = jdbc.queryForObject("select min(id) from account where role = 'ADMIN'", Long.class);
		jdbc.update("""
				insert into account (email, password_hash, full_name, role)
				select 'bench-mentor-' || g || '@bench.local', '{noop}not-for-login',
				       (array['Ahmad','Dewi','Budi','Rina','Agus','Sri','Hendra','Lestari','Yusuf','Maya'])[1 + g % 10]
				       || ' ' || (array['Santoso','Wijaya','Siregar','Halim','Nugroho','Utami','Lubis'])[1 + g % 7]
				       || ' ' || g, 'MENTOR'
				from generate_series(1, ?) g
				""", count);
		jdbc.update("""
				insert into mentor (account_id, full_name, phone, kind, agency_code, organisation, languages,
				    capacity_limit, capacity, paused, created_by)
				select a.id, a.full_name, '+62813' || lpad(a.n::text, 8, '0'),
				       (array['PJLP','PARTNER_VOLUNTEER','EXPERT'])[1 + a.n % 3],
				       case when a.n % 3 = 0 then 'PPKUKM' end, case when a.n % 3 = 1 then 'Mitra ' || a.n % 40 end,
				       case when a.n % 10 = 0 then array['INDONESIAN','BETAWI'] when a.n % 17 = 0
				            then array['INDONESIAN','MANDARIN'] else array['INDONESIAN'] end,
				       5 + a.n % 11 + a.n % 5, 5 + a.n % 11, a.n % 20 = 0, ?
				from (select id, full_name, row_number() over (order by id) as n from account
				      where email like 'bench-mentor-%@bench.local') a
				""", admin);
		jdbc.update("""
				with d as (select array_agg(code order by code) as codes from region where level = 'district'),
				     m as (select m.id, row_number() over (order by m.id) as n from mentor m join account a
				           on a.id = m.account_id where a.email like 'bench-mentor-%@bench.local')
				insert into mentor_district (mentor_id, district_code)
				select distinct m.id, d.codes[1 + (m.n * 7 + k) % array_length(d.codes, 1)]
				from m, d, generate_series(0, 2) k where k <= m.n % 3
				""");
		jdbc.update("""
				with m as (select m.id, row_number() over (order by m.id) as n from mentor m join account a
				           on a.id = m.account_id where a.email like 'bench-mentor-%%@bench.local')
				insert into mentor_track (mentor_id, track)
				select distinct m.id, %s[1 + (m.n + 2 * k) %% 6] from m, generate_series(0, 2) k where k <= (m.n / 3) %% 3
				""".formatted(TRACKS));
		int assigned = jdbc.update("""
				with seats as (
				    select m.id as mentor_id, d.district_code,
				           row_number() over (partition by d.district_code order by m.id, s) as k
				    from mentor m join account a on a.id = m.account_id
				    cross join lateral (select min(district_code) as district_code from mentor_district
				                        where mentor_id = m.id) d
				    cross join lateral generate_series(1, m.capacity * (40 + m.id % 50) / 100) s
				    where a.email like 'bench-mentor-%@bench.local' and not m.paused),
				waiting as (
				    select c.participant_id, c.track, c.waiting_since, p.district_code,
				           row_number() over (partition by p.district_code order by c.participant_id) as k
				    from assessment_current c join participant p on p.id = c.participant_id
				    where c.waiting_since is not null)
				insert into mentor_assignment (participant_id, mentor_id, track, assigned_at, assigned_by)
				select w.participant_id, s.mentor_id, w.track, greatest(w.waiting_since, now() - interval '90 days'), ?
				from seats s join waiting w using (district_code, k)
				""", admin);
		jdbc.execute("analyze account");
		jdbc.execute("analyze mentor");
		jdbc.execute("analyze mentor_district");
		jdbc.execute("analyze mentor_track");
		jdbc.execute("analyze mentor_assignment");
		return assigned;
	}

}
