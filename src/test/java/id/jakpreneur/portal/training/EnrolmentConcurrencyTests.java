package id.jakpreneur.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import id.jakpreneur.portal.training.domain.ClassDraft;
import id.jakpreneur.portal.training.domain.EnrolmentStatus;
import id.jakpreneur.portal.training.domain.Enrolments;
import id.jakpreneur.portal.training.domain.SessionDraft;
import id.jakpreneur.portal.training.domain.TrainingClasses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Capacity under real concurrency on the real database: twenty participants press "enrol" at the same moment for a
 * class of five seats. The class row lock must give exactly five seats and fifteen places on the waiting list.
 */
@PortalWebTest
class EnrolmentConcurrencyTests {

	private static final int PARTICIPANTS = 20;

	private static final int SEATS = 5;

	@Autowired
	Enrolments enrolments;

	@Autowired
	TrainingClasses classes;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twentySimultaneousEnrolmentsIntoFiveSeatsGiveFiveSeatsAndFifteenWaiting() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		PortalUser officer = people.user("officer@demo.local");
		long classId = classes.create(officer, new ClassDraft("Kelas Rebutan " + UUID.randomUUID(), Sector.KULINER,
				"31.71", "31.71.01", SEATS, 1, null, "Dinas PPKUKM"));
		classes.addSession(officer, classId, new SessionDraft(LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3),
				LocalTime.of(9, 0), LocalTime.of(11, 0), "Aula Gambir"));
		List<PortalUser> users = new ArrayList<>();
		for (int i = 0; i < PARTICIPANTS; i++) {
			users.add(people.user(people.registerValidated("Peserta Rebutan " + i, "31.71.01.1001", Sector.KULINER)
				.email()));
		}

		ExecutorService pool = Executors.newFixedThreadPool(PARTICIPANTS);
		CountDownLatch ready = new CountDownLatch(PARTICIPANTS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<EnrolmentStatus>> results = new ArrayList<>();
		try {
			for (PortalUser user : users) {
				Callable<EnrolmentStatus> enrol = () -> {
					ready.countDown();
					go.await();
					return enrolments.enrolSelf(user, classId);
				};
				results.add(pool.submit(enrol));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<EnrolmentStatus> outcomes = new ArrayList<>();
			for (Future<EnrolmentStatus> result : results) {
				outcomes.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
				.isEqualTo(Map.of(EnrolmentStatus.ENROLLED, 5L, EnrolmentStatus.WAITING, 15L));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(countOf(classId, "ENROLLED")).isEqualTo(SEATS);
		assertThat(countOf(classId, "WAITING")).isEqualTo(PARTICIPANTS - SEATS);

		// two seats free: the two longest-waiting move up, in the order they asked
		List<Long> queue = jdbc.queryForList(
				"select id from training_enrolment where class_id = ? and status = 'WAITING' order by created_at, id",
				Long.class, classId);
		List<Long> seated = jdbc.queryForList(
				"select id from training_enrolment where class_id = ? and status = 'ENROLLED' order by id limit 2",
				Long.class, classId);
		for (long enrolment : seated) {
			enrolments.cancelByOfficer(officer, classId, enrolment);
		}
		assertThat(countOf(classId, "ENROLLED")).isEqualTo(SEATS);
		assertThat(jdbc.queryForList(
				"select id from training_enrolment where class_id = ? and status = 'WAITING' order by created_at, id",
				Long.class, classId)).isEqualTo(queue.subList(2, queue.size()));
	}

	private int countOf(long classId, String status) {
		return jdbc.queryForObject("select count(*) from training_enrolment where class_id = ? and status = ?",
				Integer.class, classId, status);
	}

}
