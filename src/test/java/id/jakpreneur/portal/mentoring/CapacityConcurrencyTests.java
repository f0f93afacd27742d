package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.domain.MentoringException;
import id.jakpreneur.portal.mentoring.query.MentorProfile;
import id.jakpreneur.portal.mentoring.query.MentorQueries;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Capacity holds against PostgreSQL when officers assign at the same moment: exactly one gets the last seat, the
 * others a clear refusal; and the database itself refuses a seat beyond capacity or with a paused mentor, whatever
 * the application does.
 */
@PortalWebTest
class CapacityConcurrencyTests {

	@Autowired
	Assignments assignments;

	@Autowired
	MentorManagement mentors;

	@Autowired
	MentorQueries mentorQueries;

	@Autowired
	Registration registration;

	@Autowired
	AccountActivation activations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Assessing assessing;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private List<PortalUser> officers;

	@BeforeEach
	void officers() {
		officers = List.of(FreshParticipants.demo(accounts, Role.OFFICER), FreshParticipants.demo(accounts, Role.ADMIN),
				freshOfficer());
	}

	private PortalUser freshOfficer() {
		String email = "o-" + UUID.randomUUID() + "@test.local";
		accounts.open(new NewAccount(email, "Petugas Uji", Role.OFFICER, MentoringFixtures.PASSWORD, Set.of("31.71"), false));
		return (PortalUser) accounts.loadUserByUsername(email);
	}

	private Fresh waiting() {
		return MentoringFixtures.waiting(registration, accounts, assessing, MentoringFixtures.KEMAYORAN);
	}

	private long mentorWithOneSeat(Track track) {
		return MentoringFixtures.mentor(mentors, activations, accounts, officers.get(0), "Pendamping Satu Kursi", Set.of(track),
				Set.of(MentoringFixtures.KEMAYORAN_DISTRICT), 1).id();
	}

	private Track trackOf(Fresh participant) {
		return assessments.latest(participant.id()).orElseThrow().track();
	}

	@RepeatedTest(5)
	void threeOfficersAssigningTheLastSeatAtOnceGiveItToExactlyOne() throws Exception {
		List<Fresh> participants = List.of(waiting(), waiting(), waiting());
		long mentor = mentorWithOneSeat(trackOf(participants.get(0)));
		List<Callable<Void>> tasks = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			PortalUser officer = officers.get(i);
			long participant = participants.get(i).id();
			tasks.add(() -> {
				assignments.assign(officer, participant, mentor);
				return null;
			});
		}
		List<Throwable> outcomes = runAtOnce(tasks);

		assertThat(outcomes.stream().filter(o -> o == null)).hasSize(1);
		assertThat(outcomes.stream().filter(o -> o != null)).hasSize(2)
			.allSatisfy(o -> assertThat(o).isInstanceOf(MentoringException.class)
				.extracting(e -> ((MentoringException) e).messageKey())
				.isEqualTo("mentoring.assign.full"));
		assertThat(jdbc.queryForObject("select active_mentees from mentor where id = ?", Integer.class, mentor)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where mentor_id = ? and ended_at is null",
				Integer.class, mentor)).isOne();
	}

	@Test
	void twoOfficersAssigningOneParticipantToTwoMentorsAtOnceLeaveOneMentor() throws Exception {
		Fresh participant = waiting();
		Track track = trackOf(participant);
		long first = MentoringFixtures.mentor(mentors, activations, accounts, officers.get(0), "Pendamping A", Set.of(track),
				Set.of(MentoringFixtures.KEMAYORAN_DISTRICT), 5).id();
		long second = MentoringFixtures.mentor(mentors, activations, accounts, officers.get(0), "Pendamping B", Set.of(track),
				Set.of(MentoringFixtures.KEMAYORAN_DISTRICT), 5).id();
		List<Throwable> outcomes = runAtOnce(List.of(() -> {
			assignments.assign(officers.get(0), participant.id(), first);
			return null;
		}, () -> {
			assignments.assign(officers.get(1), participant.id(), second);
			return null;
		}));
		assertThat(outcomes.stream().filter(o -> o == null)).hasSize(1);
		assertThat(outcomes.stream().filter(o -> o != null)).singleElement()
			.extracting(e -> ((MentoringException) e).messageKey())
			.isEqualTo("mentoring.assign.already");
		assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where participant_id = ? and ended_at is null",
				Integer.class, participant.id())).isOne();
		assertThat(jdbc.queryForObject("select sum(active_mentees) from mentor where id in (?, ?)", Integer.class, first,
				second)).isOne();
	}

	@Test
	void theDatabaseRefusesASeatBeyondCapacityEvenWithoutTheApplicationsLock() throws Exception {
		Fresh a = waiting();
		Fresh b = waiting();
		long mentor = mentorWithOneSeat(trackOf(a));
		long officer = officers.get(0).accountId();
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			insertAssignment(first, a.id(), mentor, officer);
			ExecutorService pool = Executors.newSingleThreadExecutor();
			try {
				// the second insert waits for the first transaction's lock on the mentor row...
				Future<?> blocked = pool.submit(() -> {
					insertAssignment(second, b.id(), mentor, officer);
					return null;
				});
				Thread.sleep(300);
				assertThat(blocked).isNotDone();
				first.commit();
				// ...and, once it commits, sees the seat taken
				assertThatThrownBy(() -> blocked.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SQLException.class)
					.rootCause()
					.hasMessageContaining("mentor_capacity_holds");
				second.rollback();
			}
			finally {
				pool.shutdownNow();
			}
		}
		assertThat(jdbc.queryForObject("select active_mentees from mentor where id = ?", Integer.class, mentor)).isOne();
	}

	@Test
	void aPausedMentorGetsNoneFromTheServiceNorTheDatabase() throws Exception {
		Fresh participant = waiting();
		long mentor = mentorWithOneSeat(trackOf(participant));
		jdbc.update("update mentor set paused = true where id = ?", mentor);
		assertThatThrownBy(() -> assignments.assign(officers.get(0), participant.id(), mentor))
			.isInstanceOf(MentoringException.class)
			.extracting(e -> ((MentoringException) e).messageKey())
			.isEqualTo("mentoring.assign.paused");
		try (Connection connection = dataSource.getConnection()) {
			assertThatThrownBy(() -> insertAssignment(connection, participant.id(), mentor, officers.get(0).accountId()))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("mentor_not_paused");
		}
		assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where participant_id = ?", Integer.class,
				participant.id())).isZero();
	}

	@Test
	void aCapacityBelowTheCurrentMenteesIsRefused() {
		Fresh a = waiting();
		Fresh b = waiting();
		MentoringFixtures.Created mentor = MentoringFixtures.mentor(mentors, activations, accounts, officers.get(0), "Pendamping Dua",
				java.util.EnumSet.of(trackOf(a), trackOf(b)), Set.of(MentoringFixtures.KEMAYORAN_DISTRICT), 3);
		assignments.assign(officers.get(0), a.id(), mentor.id());
		assignments.assign(officers.get(0), b.id(), mentor.id());
		assertThatThrownBy(() -> mentors.updateOwn(mentor.login(), 1, false)).isInstanceOf(MentoringException.class)
			.extracting(e -> ((MentoringException) e).messageKey())
			.isEqualTo("mentoring.profile.belowLoad");
		assertThatThrownBy(() -> jdbc.update("update mentor set capacity = 1 where id = ?", mentor.id()))
			.hasMessageContaining("mentor_capacity_holds");
		mentors.updateOwn(mentor.login(), 2, true);
		assertThat(mentorQueries.own(mentor.login()).orElseThrow()).extracting(MentorProfile::capacity, MentorProfile::paused)
			.containsExactly(2, true);
	}

	private static void insertAssignment(Connection connection, long participant, long mentor, long officer)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into mentor_assignment "
				+ "(participant_id, mentor_id, track, assigned_by) values (?, ?, 'MARKETING_AND_DIGITAL', ?)")) {
			insert.setLong(1, participant);
			insert.setLong(2, mentor);
			insert.setLong(3, officer);
			insert.executeUpdate();
		}
	}

	/** Runs the tasks on their own threads, released at the same moment; null for a task that succeeded. */
	private static List<Throwable> runAtOnce(List<Callable<Void>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch ready = new CountDownLatch(tasks.size());
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Throwable>> futures = new ArrayList<>();
			for (Callable<Void> task : tasks) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					try {
						task.call();
						return null;
					}
					catch (Exception ex) {
						return ex;
					}
				}));
			}
			ready.await(10, TimeUnit.SECONDS);
			go.countDown();
			List<Throwable> outcomes = new ArrayList<>();
			for (Future<Throwable> future : futures) {
				outcomes.add(future.get(30, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
