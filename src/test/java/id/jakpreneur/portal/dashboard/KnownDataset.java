package id.jakpreneur.portal.dashboard;

import java.time.LocalDate;
import java.util.UUID;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.support.TestParticipants;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small dataset whose every dashboard figure is worked out by hand (see DashboardFiguresTests): five participants
 * registered in 2020 in Kepulauan Seribu, where no other test puts anyone, with their phases, steps, phase changes,
 * two mentors and one outlet. Written with SQL straight into the other modules' tables, as the dashboard reads them.
 *
 * <pre>
 *      kelurahan        sector   agency  groups         phase    size   steps (C completed, R recognised)  changes
 *   A  Pulau Panggang   KULINER  PPKUKM  job seeker     GROWING  MIKRO  P1 C, P2 C, P3 C, P4 R, P5 C       IDEA→EARLY 14 Feb, EARLY→GROWING 13 Jun
 *   B  Pulau Panggang   KULINER  PPKUKM  poor family    EARLY    MIKRO  P1 C, P2 C                         IDEA→EARLY 25 Jan
 *   C  Pulau Kelapa     FESYEN   DINSOS  disability     IDEA     MIKRO  P1 C, P2 R                         -
 *   D  Pulau Untung J.  KULINER  DINSOS  -              EARLY    KECIL  P1 C                               EARLY→GROWING 15 Mar, GROWING→EARLY 14 May
 *   E  Pulau Untung J.  KRIYA    PPKUKM  job s.+poor    (none)   (none) -                                  -
 * </pre>
 * All registered 15 January 2020. A and B are mentored by M1 (PJLP of DINSOS, Kepulauan Seribu Utara, capacity 5),
 * who met A ten days ago; M2 (expert, Kepulauan Seribu Selatan, capacity 3) has no mentee. Only A moved in the last
 * 90 days. Outlet O1 (Kepulauan Seribu Utara, 2 places) had one reported booking of A, 1-30 March 2020: 30 days,
 * Rp 1,500,000, 30 units. Targets 2020: PPKUKM P1 10, DINSOS P2 6.
 */
public final class KnownDataset {

	static final int YEAR = 2020;

	static final String CITY = "31.01";

	static final String NORTH = "31.01.01";

	static final String SOUTH = "31.01.02";

	static final String PANGGANG = "31.01.01.1001";

	static final String KELAPA = "31.01.01.1002";

	static final String UNTUNG_JAWA = "31.01.02.1001";

	static final LocalDate REGISTERED = LocalDate.of(2020, 1, 15);

	static final String M1 = "Pendamping Uji Seribu Satu";

	static final String M2 = "Pendamping Uji Seribu Dua";

	static final String O1 = "Gerai Uji Pulau Seribu";

	private static boolean loaded;

	private KnownDataset() {
	}

	public static synchronized void load(JdbcTemplate jdbc, TestParticipants people) {
		if (loaded) {
			return;
		}
		long admin = jdbc.queryForObject("select id from account where email = 'admin@demo.local'", Long.class);
		long a = participant(jdbc, people, "Ani Seribu", PANGGANG, Sector.KULINER, "PPKUKM", true, false, false);
		long b = participant(jdbc, people, "Budi Seribu", PANGGANG, Sector.KULINER, "PPKUKM", false, true, false);
		long c = participant(jdbc, people, "Citra Seribu", KELAPA, Sector.FESYEN, "DINSOS", false, false, true);
		long d = participant(jdbc, people, "Dedi Seribu", UNTUNG_JAWA, Sector.KULINER, "DINSOS", false, false, false);
		long e = participant(jdbc, people, "Eko Seribu", UNTUNG_JAWA, Sector.KRIYA, "PPKUKM", true, true, false);

		assess(jdbc, a, "IDEA", "EARLY", "MIKRO", "2020-02-14");
		assess(jdbc, a, "EARLY", "GROWING", "MIKRO", "2020-06-13");
		assess(jdbc, b, "IDEA", "EARLY", "MIKRO", "2020-01-25");
		assess(jdbc, c, null, "IDEA", "MIKRO", "2020-01-20");
		assess(jdbc, d, null, "EARLY", "KECIL", "2020-01-20");
		assess(jdbc, d, "EARLY", "GROWING", "KECIL", "2020-03-15");
		assess(jdbc, d, "GROWING", "EARLY", "KECIL", "2020-05-14");

		steps(jdbc, a, "P1:COMPLETED", "P2:COMPLETED", "P3:COMPLETED", "P4:RECOGNISED", "P5:COMPLETED");
		steps(jdbc, b, "P1:COMPLETED", "P2:COMPLETED");
		steps(jdbc, c, "P1:COMPLETED", "P2:RECOGNISED");
		steps(jdbc, d, "P1:COMPLETED");

		long m1 = mentor(jdbc, admin, M1, "PJLP", "DINSOS", NORTH, 5);
		mentor(jdbc, admin, M2, "EXPERT", null, SOUTH, 3);
		long assignmentA = assign(jdbc, admin, a, m1);
		assign(jdbc, admin, b, m1);
		jdbc.update("""
				insert into mentoring_session (assignment_id, participant_id, mentor_id, held_on, mode, duration_minutes,
				    topics, logged_by) values (?, ?, ?, current_date - 10, 'VISIT', 60, 'Uji', ?)
				""", assignmentA, a, m1, admin);

		outlet(jdbc, admin, a);
		jdbc.update("""
				insert into dashboard_target (year, agency_code, step, target, updated_by)
				values (2020, 'PPKUKM', 'P1', 10, ?), (2020, 'DINSOS', 'P2', 6, ?)
				""", admin, admin);
		loaded = true;
	}

	private static long participant(JdbcTemplate jdbc, TestParticipants people, String name, String village,
			Sector sector, String agency, boolean jobSeeker, boolean poorFamily, boolean disability) {
		long id = people.register(name, village, sector, 9_000_000).id();
		jdbc.update("""
				update participant set registered_at = ?::date + time '09:00', fostering_agency = ?, job_seeker = ?,
				    poor_family = ?, disability = ? where id = ?
				""", REGISTERED, agency, jobSeeker, poorFamily, disability, id);
		jdbc.update("delete from participant_step_completion where participant_id = ?", id);
		jdbc.update("delete from assessment_current where participant_id = ?", id);
		jdbc.update("delete from assessment where participant_id = ?", id);
		return id;
	}

	/** An assessment on that day (a phase change when the phase differs from {@code from}); the current one. */
	private static void assess(JdbcTemplate jdbc, long participant, String from, String phase, String size, String on) {
		boolean up = from != null && order(phase) > order(from);
		boolean down = from != null && order(phase) < order(from);
		long assessment = jdbc.queryForObject("""
				insert into assessment (participant_id, assessed_at, assessed_on, assessor_role, source, stage,
				    running_since, sector, sells_regularly, monthly_sales, capital, employees, licences, has_packaging,
				    has_label, knows_shelf_life, channels, keeps_books, separates_money, had_credit, has_digital_presence,
				    main_obstacle, completed_steps, policy_version, phase, size_class, track, priority, previous_phase,
				    naik_kelas, regressed, steps, reasons)
				values (?, ?::date + time '10:00', ?::date, 'SYSTEM', 'POLICY_CHANGE', 'RUNNING', date '2019-01-01',
				    'KULINER', true, 9000000, 5000000, 1, '[]', false, false, false, '{}', false, false, false, false,
				    'NONE', '{}', 'test', ?, ?, 'IDEA_TO_BUSINESS', 'LOW', ?, ?, ?, '[]', '[]')
				returning id
				""", Long.class, participant, on, on, phase, size, from, up, down);
		jdbc.update("""
				insert into assessment_current (participant_id, assessment_id, phase, track, priority, policy_version,
				    assessed_at) values (?, ?, ?, 'IDEA_TO_BUSINESS', 'LOW', 'test', ?::date + time '10:00')
				on conflict (participant_id) do update set assessment_id = excluded.assessment_id, phase = excluded.phase,
				    assessed_at = excluded.assessed_at
				""", participant, assessment, phase, on);
	}

	private static int order(String phase) {
		return java.util.List.of("IDEA", "EARLY", "GROWING", "SCALING", "GRADUATED").indexOf(phase);
	}

	/** The position of a step ("P4") in the current assessment's step arrays. */
	private static int step(String code) {
		return Integer.parseInt(code.substring(1));
	}

	private static void steps(JdbcTemplate jdbc, long participant, String... steps) {
		for (String step : steps) {
			String[] parts = step.split(":");
			jdbc.update("""
					update assessment_current set step_status[?] = ?, step_since[?] = timestamp '2020-01-20 10:00'
					where participant_id = ?
					""", step(parts[0]), parts[1], step(parts[0]), participant);
		}
	}

	private static long mentor(JdbcTemplate jdbc, long admin, String name, String kind, String agency, String district,
			int capacity) {
		long account = jdbc.queryForObject("""
				insert into account (email, password_hash, full_name, role) values (?, '{noop}x', ?, 'MENTOR') returning id
				""", Long.class, "mentor-" + UUID.randomUUID() + "@example.id", name);
		long mentor = jdbc.queryForObject("""
				insert into mentor (account_id, full_name, phone, kind, agency_code, organisation, languages,
				    capacity_limit, capacity, created_by) values (?, ?, '+6281200000000', ?, ?, null, '{INDONESIAN}', 10, ?, ?)
				returning id
				""", Long.class, account, name, kind, agency, capacity, admin);
		jdbc.update("insert into mentor_district (mentor_id, district_code) values (?, ?)", mentor, district);
		return mentor;
	}

	private static long assign(JdbcTemplate jdbc, long admin, long participant, long mentor) {
		return jdbc.queryForObject("""
				insert into mentor_assignment (participant_id, mentor_id, track, assigned_at, assigned_by)
				values (?, ?, 'IDEA_TO_BUSINESS', timestamp '2020-02-01 10:00', ?) returning id
				""", Long.class, participant, mentor, admin);
	}

	private static void outlet(JdbcTemplate jdbc, long admin, long participant) {
		long outlet = jdbc.queryForObject("""
				insert into outlet (name, kind, address, village_code, district_code, city_code, opening_hours,
				    created_by, created_at) values (?, 'KIOSK', 'Dermaga', ?, ?, ?, '08.00-17.00', ?, timestamp '2020-01-01 08:00')
				returning id
				""", Long.class, O1, PANGGANG, NORTH, CITY, admin);
		long place = jdbc.queryForObject("insert into outlet_place (outlet_id, code, kind) values (?, 'A1', 'STALL') returning id",
				Long.class, outlet);
		jdbc.update("insert into outlet_place (outlet_id, code, kind) values (?, 'A2', 'STALL')", outlet);
		long call = jdbc.queryForObject("""
				insert into outlet_call (outlet_id, starts_on, ends_on, apply_until, confirm_days, created_by)
				values (?, date '2020-03-01', date '2020-03-30', date '2020-02-20', 3, ?) returning id
				""", Long.class, outlet, admin);
		long product = jdbc.queryForObject("""
				insert into outlet_product (participant_id, name, sector, price, packaging, status, grade, graded_at)
				values (?, 'Kue Uji', 'KULINER', 50000, 'Kotak', 'GRADED', 'A', timestamp '2020-02-10 10:00') returning id
				""", Long.class, participant);
		jdbc.update("""
				insert into outlet_application (call_id, participant_id, product_id, status, place_id, period, allocated_by,
				    offered_at, confirm_by, confirmed_at, units_sold, sales, fee_due, share_due, reported_at, sales_status,
				    sales_reviewed_by, sales_reviewed_at)
				values (?, ?, ?, 'REPORTED', ?, daterange(date '2020-03-01', date '2020-03-31'), ?,
				    timestamp '2020-02-21 10:00', timestamp '2020-02-24 10:00', timestamp '2020-02-22 10:00', 30, 1500000,
				    100000, 300000, timestamp '2020-04-01 10:00', 'CONFIRMED', ?, timestamp '2020-04-02 10:00')
				""", call, participant, product, place, admin, admin);
	}

}
