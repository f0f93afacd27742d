package id.jakpreneur.portal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the generated participants (see {@link ParticipantGenerator}) what the dashboards read, each stage one
 * INSERT ... SELECT over generate_series or over the participants: registration dates over 2020-2026, agencies and
 * target groups; an assessment each (phase, size class); their step statuses; 5,000 mentors covering one kecamatan
 * each; and about five million timeline events: one million phase changes (each with its assessment), the step
 * completions behind the completed steps, and the mentoring sessions of 200,000 assigned participants. Every stage is
 * skipped when its rows are already there (the mentors' stage adds only the missing ones), so a kept benchmark database
 * is filled only once.
 */
final class TimelineGenerator {

	private static final String ASSESSMENT_COLUMNS = """
			participant_id, assessed_at, assessed_on, assessor_role, source, stage, running_since, sector,
			sells_regularly, monthly_sales, capital, employees, licences, has_packaging, has_label, knows_shelf_life,
			channels, keeps_books, separates_money, had_credit, has_digital_presence, main_obstacle, completed_steps,
			policy_version, phase, size_class, track, priority, previous_phase, naik_kelas, regressed, steps, reasons""";

	/** The constant answers of a generated assessment, after participant, time, date (in that order). */
	private static final String ASSESSMENT_CONSTANTS = """
			'SYSTEM', 'POLICY_CHANGE', 'RUNNING', date '2019-01-01', 'KULINER', true, 9000000, 5000000, 1, '{}',
			false, false, false, '{}', false, false, false, false, 'NONE', '{}'""";

	/** The stored outcome of P1 to P7 (StoredJson's compact form): the first two done, the rest needed. */
	private static final String STEPS = """
			'[["COMPLETED"],["COMPLETED"],["NEEDED"],["NEEDED"],["NEEDED"],["NEEDED"],["NEEDED"]]'""";

	private TimelineGenerator() {
	}

	/** Fills every stage that is still empty; returns a line per stage with its time. */
	static List<String> fill(JdbcTemplate jdbc, int mentors) {
		List<String> report = new ArrayList<>();
		long admin = jdbc.queryForObject("select min(id) from account where role = 'ADMIN'", Long.class);
		jdbc.execute("set synchronous_commit = off");
		stage(jdbc, report, "participants: dates, agencies, target groups",
				"select count(*) from participant where registered_at < timestamp '2021-01-01'", """
						update participant set
						    registered_at = timestamp '2020-01-01 08:00' + ((id * 7919) % 2520) * interval '1 day',
						    fostering_agency = (array['PPKUKM','PPKUKM','PPKUKM','PPKUKM','PPKUKM','PPKUKM','DINSOS',
						        'PAREKRAF','PPAPP','KPKP'])[1 + id % 10],
						    job_seeker = id % 4 = 0, poor_family = id % 6 = 0, disability = id % 29 = 0
						""");
		stage(jdbc, report, "mentors", "select count(*) from mentor where full_name like 'Pendamping Uji %'",
				"""
						insert into account (email, password_hash, full_name, role)
						select 'bench-mentor-' || g || '@example.id', '{noop}x', 'Pendamping Uji ' || g, 'MENTOR'
						from generate_series(1, %d) g
						on conflict (email) do nothing;
						insert into mentor (account_id, full_name, phone, kind, agency_code, languages, capacity_limit,
						    capacity, created_by)
						select a.id, a.full_name, '+6281300000000', case when a.id %% 2 = 0 then 'PJLP' else 'EXPERT' end,
						       case when a.id %% 2 = 0 then (array['PPKUKM','DINSOS','PAREKRAF','PPAPP','KPKP'])[1 + a.id %% 5] end,
						       '{INDONESIAN}', 50, 50, %d
						from account a where a.email like 'bench-mentor-%%'
						  and not exists (select 1 from mentor x where x.account_id = a.id);
						insert into mentor_district (mentor_id, district_code)
						select m.id, d.codes[1 + m.id %% array_length(d.codes, 1)]
						from mentor m, (select array_agg(code order by code) as codes from region where level = 'district') d
						where m.full_name like 'Pendamping Uji %%'
						on conflict do nothing;
						""".formatted(mentors, admin));
		stage(jdbc, report, "assessments (one per participant)",
				"select count(*) from assessment_current where policy_version = 'bench'", """
						insert into assessment (%s)
						select p.id, p.registered_at + interval '1 day', (p.registered_at + interval '1 day')::date, %s,
						       'bench', (array['IDEA','EARLY','EARLY','GROWING','GROWING','SCALING','GRADUATED'])[1 + (p.id * 13) %% 7],
						       case when p.id %% 50 = 0 then 'MENENGAH' when p.id %% 10 = 0 then 'KECIL' else 'MIKRO' end,
						       'IDEA_TO_BUSINESS', 'LOW', null, false, false, %s, '[]'
						from participant p;
						insert into assessment_current (participant_id, assessment_id, phase, track, priority, policy_version,
						    assessed_at)
						select participant_id, id, phase, track, priority, policy_version, assessed_at from assessment
						where policy_version = 'bench'
						on conflict (participant_id) do nothing;
						""".formatted(ASSESSMENT_COLUMNS, ASSESSMENT_CONSTANTS, STEPS));
		stage(jdbc, report, "step statuses", "select count(*) from participant_step where status <> 'NEEDED'", """
				update assessment_current c set step_status = s.status, step_since = s.since
				from (select p.id,
				             array_agg(case when (p.id * 31 + s * 17) % 100 < (array[85, 55, 30, 18, 10, 6, 2])[s]
				                            then case when (p.id + s) % 5 = 0 then 'RECOGNISED' else 'COMPLETED' end
				                            else 'NEEDED' end order by s)::varchar(10)[] as status,
				             array_agg(p.registered_at + s * interval '20 days' order by s) as since
				      from participant p, generate_series(1, 7) s group by p.id) s
				where c.participant_id = s.id
				""");
		stage(jdbc, report, "phase changes (1,000,000, each with its assessment)",
				"select count(*) from phase_change", """
						insert into assessment (%s)
						select p.id, p.registered_at + k * (40 + p.id %% 300) * interval '1 day',
						       (p.registered_at + k * (40 + p.id %% 300) * interval '1 day')::date, %s,
						       'bench-change', case when k = 2 and p.id %% 17 = 0 then 'EARLY'
						                            when k = 1 then 'EARLY' else 'SCALING' end,
						       'MIKRO', 'IDEA_TO_BUSINESS', 'LOW', case when k = 1 then 'IDEA' else 'GROWING' end,
						       not (k = 2 and p.id %% 17 = 0), k = 2 and p.id %% 17 = 0, %s, '[]'
						from participant p, generate_series(1, 2) k
						where p.id %% 10 < case when k = 1 then 6 else 4 end
						  and p.registered_at + k * (40 + p.id %% 300) * interval '1 day' < now();
						""".formatted(ASSESSMENT_COLUMNS, ASSESSMENT_CONSTANTS, STEPS));
		stage(jdbc, report, "step completions", "select count(*) from participant_step_completion", """
				insert into participant_step_completion (participant_id, step, evidence, completed_at)
				select participant_id, step, 'benchmark', since from participant_step where status = 'COMPLETED'
				""");
		stage(jdbc, report, "mentor assignments (200,000)",
				"select count(*) from mentor_assignment where assign_note = 'bench'", """
						insert into mentor_assignment (participant_id, mentor_id, track, assigned_at, assigned_by, assign_note)
						select p.participant_id, m.ids[1 + p.n %% array_length(m.ids, 1)], 'IDEA_TO_BUSINESS',
						       least(p.registered_at + interval '30 days', now()), %d, 'bench'
						from (select id as participant_id, registered_at, row_number() over (order by id) as n
						      from participant where id %% 5 = 0 and id not in (select participant_id from mentor_assignment
						                                                         where ended_at is null)) p,
						     (select array_agg(id order by id) as ids from mentor where full_name like 'Pendamping Uji %%') m
						where p.n <= 200000
						""".formatted(admin));
		long timeline = jdbc.queryForObject("""
				select (select count(*) from phase_change) + (select count(*) from participant_step_completion)
				""", Long.class);
		long perAssignment = Math.max(1, (5_000_000 - timeline + 199_999) / 200_000);
		stage(jdbc, report, "mentoring sessions (" + perAssignment + " per assignment)",
				"select count(*) from mentoring_session where topics = 'bench'", """
						insert into mentoring_session (assignment_id, participant_id, mentor_id, held_on, mode,
						    duration_minutes, topics, logged_by)
						select a.id, a.participant_id, a.mentor_id,
						       least(current_date, (a.assigned_at + k * (15 + a.participant_id %% 40) * interval '1 day')::date),
						       'VISIT', 60, 'bench', %d
						from mentor_assignment a, generate_series(1, %d) k where a.assign_note = 'bench'
						""".formatted(admin, perAssignment));
		for (String table : List.of("participant", "assessment", "assessment_current",
				"participant_step_completion", "mentor", "mentor_assignment", "mentoring_session")) {
			jdbc.execute("analyze " + table);
		}
		report.add(String.format(Locale.ROOT, "timeline events: %,d (phase changes %,d, step completions %,d, sessions %,d)",
				jdbc.queryForObject("""
						select (select count(*) from phase_change) + (select count(*) from participant_step_completion)
						     + (select count(*) from mentoring_session)""", Long.class),
				jdbc.queryForObject("select count(*) from phase_change", Long.class),
				jdbc.queryForObject("select count(*) from participant_step_completion", Long.class),
				jdbc.queryForObject("select count(*) from mentoring_session", Long.class)));
		return report;
	}

	private static void stage(JdbcTemplate jdbc, List<String> report, String name, String countSql, String sql) {
		Long existing = jdbc.queryForObject(countSql, Long.class);
		if (existing != null && existing > 1000) {
			report.add(String.format(Locale.ROOT, "%-55s kept (%,d rows)", name, existing));
			return;
		}
		long start = System.nanoTime();
		for (String statement : sql.split(";\\s*\\n")) {
			if (!statement.isBlank()) {
				jdbc.execute(statement);
			}
		}
		report.add(String.format(Locale.ROOT, "%-55s %.1f s", name, (System.nanoTime() - start) / 1e9));
	}

}
