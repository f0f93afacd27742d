package id.jakpreneur.portal.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import id.jakpreneur.portal.mentoring.query.QueuePosition;
import id.jakpreneur.portal.support.BenchmarkDatabase;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officer's assignment pages over 1,000,000 participants and 5,000 mentors, measured server-side (the whole
 * request: security, session, SQL, ranking, Thymeleaf) through MockMvc: the queue of Jakarta Pusat (page 1, a later
 * page, filtered by track) and the page of one waiting entrepreneur with the ranked mentors. Run:
 * {@code ./mvnw test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=MentorAssignmentBenchmark}; figures go to the
 * console and to target/benchmark/mentor-assignment.txt. {@code -Dbenchmark.participants=100000} for a quick run.
 */
@Tag("benchmark")
@PortalWebTest
// templates cached as in production (the tests' default re-reads them)
@TestPropertySource(properties = { "spring.thymeleaf.cache=true", BenchmarkDatabase.NO_WEB_LIMITS })
class MentorAssignmentBenchmark {

	static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 1_000_000);

	static final int MENTORS = Integer.getInteger("benchmark.mentors", 5_000);

	/** Share of participants whose current assessment needs P3 Pendampingan. */
	static final int WAITING_PERCENT = 12;

	static final int REQUESTS = 300;

	static final int WARM_UP = 30;

	/** Session, security and the bell included (as in AssignmentQueryBoundsTests). */
	static final int MAX_STATEMENTS = 10;

	static final double P95_LIMIT_MS = 150.0;

	private final SoftAssertions softly = new SoftAssertions();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AssignmentQueries suggestions;

	@Test
	void assignmentPagesAnswerUnder150MillisecondsAtP95() throws Exception {
		List<String> report = new ArrayList<>();
		long start = System.nanoTime();
		Long added = transactions.execute(status -> ParticipantGenerator.fillUpTo(jdbc, PARTICIPANTS));
		report.add(String.format(Locale.ROOT, "participants: %,d (added %,d in %.1f s)", count("participant"), added,
				seconds(start)));
		start = System.nanoTime();
		Integer assessed = transactions.execute(status -> MentoringGenerator.assessEveryone(jdbc, WAITING_PERCENT));
		report.add(String.format(Locale.ROOT, "current assessments added: %,d in %.1f s", assessed, seconds(start)));
		start = System.nanoTime();
		Integer assigned = transactions.execute(status -> MentoringGenerator.addMentors(jdbc, MENTORS));
		report.add(String.format(Locale.ROOT, "mentors: %,d, active assignments added: %,d in %.1f s", count("mentor"),
				assigned, seconds(start)));
		report.add(String.format(Locale.ROOT,
				"need mentoring: %,d; waiting without a mentor: %,d in the province, %,d in Jakarta Pusat; "
						+ "mentors covering Jakarta Pusat with a free seat: %,d",
				jdbc.queryForObject("select count(*) from assessment_current where waiting_since is not null",
						Long.class),
				waiting(""), waiting(" and p.city_code = '31.71'"),
				jdbc.queryForObject("""
						select count(distinct m.id) from mentor m join mentor_district d on d.mentor_id = m.id
						where d.district_code like '31.71.%' and not m.paused and m.active_mentees < m.capacity
						""", Long.class)));

		List<Long> waitingInPusat = jdbc.queryForList("""
				select c.participant_id from assessment_current c join participant p on p.id = c.participant_id
				where c.waiting_since is not null and p.city_code = '31.71'
				  and not exists (select 1 from mentor_assignment a where a.participant_id = c.participant_id
				                  and a.ended_at is null)
				order by random() limit 500
				""", Long.class);
		long pages = waiting(" and p.city_code = '31.71'") / 20;
		String middle = positionAt(null, pages / 2 * 20);
		String tenth = positionAt("CAPITAL_ACCESS", 9 * 20);
		report.add(measure("queue, page 1", i -> "/officer/assignments"));
		report.add(measure("queue, page " + (pages / 2 + 1) + " of " + pages,
				i -> "/officer/assignments?page=" + pages / 2 + "&after=" + middle));
		report.add(measure("queue, one track, page 1", i -> "/officer/assignments?track=MARKETING_AND_DIGITAL"));
		report.add(measure("queue, one track, page 10", i -> "/officer/assignments?track=CAPITAL_ACCESS&page=9&after="
				+ tenth));
		report.add(serviceOnly("queue, page 1: service only (SQL + ranking)",
				() -> suggestions.queue(officer(), null, null, null, 0, 20)));
		report.add(serviceOnly("one entrepreneur: service only (SQL + ranking)",
				() -> suggestions.page(officer(), waitingInPusat.get(0))));
		report.add(explain("queue, page 1: the queue statement", """
				select c.participant_id from assessment_current c join participant p on p.id = c.participant_id
				where c.waiting_since is not null and not exists (select 1 from mentor_assignment a
				where a.participant_id = c.participant_id and a.ended_at is null)
				and p.district_code like '31.71.%' order by c.track, c.waiting_since, c.participant_id limit 21"""));
		report.add(measure("one entrepreneur with ranked suggestions",
				i -> "/officer/assignments/" + waitingInPusat.get(i % waitingInPusat.size())));

		report.forEach(System.out::println);
		Files.createDirectories(Path.of("target", "benchmark"));
		Files.write(Path.of("target", "benchmark", "mentor-assignment.txt"), report);
		softly.assertAll();
	}

	/** The token of the queue position after which the page starting at row {@code offset} (from 0) begins. */
	private String positionAt(String track, long offset) {
		return jdbc.queryForObject("""
				select c.track, c.waiting_since, c.participant_id
				from assessment_current c join participant p on p.id = c.participant_id
				where c.waiting_since is not null and p.city_code = '31.71' and (?::text is null or c.track = ?)
				  and not exists (select 1 from mentor_assignment a where a.participant_id = c.participant_id
				                  and a.ended_at is null)
				order by c.track, c.waiting_since, c.participant_id offset ? limit 1
				""", (rs, n) -> new QueuePosition(Track.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
				rs.getLong(3)), track, track, offset - 1).token();
	}

	private PortalUser officer() {
		return (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.OFFICER));
	}

	/** The service call alone, without security, session and view: where a request's time goes. */
	private String serviceOnly(String label, Runnable call) {
		for (int i = 0; i < WARM_UP; i++) {
			call.run();
		}
		long[] micros = new long[100];
		for (int i = 0; i < micros.length; i++) {
			long t0 = System.nanoTime();
			call.run();
			micros[i] = (System.nanoTime() - t0) / 1000;
		}
		java.util.Arrays.sort(micros);
		return String.format(Locale.ROOT, "%-45s p50 %6.1f ms  p95 %6.1f ms", label, micros[50] / 1000.0,
				micros[95] / 1000.0);
	}

	private String explain(String label, String sql) {
		List<String> plan = jdbc.queryForList("explain (analyze) " + sql, String.class);
		return label + ": " + plan.get(plan.size() - 1).strip();
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long waiting(String andWhere) {
		return jdbc.queryForObject("""
				select count(*) from assessment_current c join participant p on p.id = c.participant_id
				where c.waiting_since is not null and not exists (select 1 from mentor_assignment a
				where a.participant_id = c.participant_id and a.ended_at is null)""" + andWhere, Long.class);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private String measure(String label, IntFunction<String> url) throws Exception {
		ServerTimings.Figures figures = ServerTimings.measure(mvc, DemoUsers.as(accounts, Role.OFFICER), url, WARM_UP,
				REQUESTS);
		String line = figures.line(label);
		System.out.println(line);
		softly.assertThat(figures.p95()).as(label + " p95 ms").isLessThan(P95_LIMIT_MS);
		softly.assertThat(figures.statements()).as(label + " statements per request").isLessThanOrEqualTo(MAX_STATEMENTS);
		return line;
	}

}
