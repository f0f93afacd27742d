package id.jakpreneur.portal.config.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.jakpreneur.portal.config.jobs.JobLock.Lease;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of a scheduled job's lock on the real database (each test in a transaction rolled back at its end):
 * taken only when free, kept while held, taken over once expired, given back no earlier than the run must keep it.
 */
@DataJpaTest
@PostgresTest
class JobLockTests {

	private static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");

	@Autowired
	JdbcClient jdbc;

	private JobLock locks;

	@BeforeEach
	void setUp() {
		locks = new JobLock(jdbc);
	}

	private static Instant at(int minutes) {
		return T0.plus(Duration.ofMinutes(minutes));
	}

	@Test
	void aFreeJobIsTakenAndNotTakenAgainWhileHeldEvenByItsHolder() {
		assertThat(locks.tryLock("test.held", "A", null, at(0), at(10))).isPresent();
		assertThat(locks.tryLock("test.held", "B", null, at(0), at(10))).as("same slot, other instance").isEmpty();
		assertThat(locks.tryLock("test.held", "B", null, at(9), at(19))).isEmpty();
		assertThat(locks.tryLock("test.held", "A", null, at(5), at(15))).as("not re-entrant").isEmpty();
		assertThat(jdbc.sql("select locked_by from scheduled_job_lock where job = 'test.held'").query(String.class)
			.single()).isEqualTo("A");
	}

	@Test
	void anExpiredLockIsTakenOverAsWhenItsHolderDiedMidRun() {
		assertThat(locks.tryLock("test.expired", "A", null, at(0), at(10))).isPresent();
		assertThat(locks.tryLock("test.expired", "B", null, at(10), at(20))).as("free at its locked-until").isPresent();
		assertThat(locks.tryLock("test.expired", "A", null, at(11), at(21))).isEmpty();
	}

	@Test
	void aReleasedLockStaysHeldForTheTimeTheRunMustKeepItAtLeast() {
		Lease lease = locks.tryLock("test.released", "A", null, at(0), at(60)).orElseThrow();
		assertThat(locks.release(lease, at(13))).isTrue();
		assertThat(locks.tryLock("test.released", "B", null, at(12), at(72))).as("a moment later: same slot").isEmpty();
		assertThat(locks.tryLock("test.released", "B", null, at(13), at(73))).as("next slot").isPresent();
	}

	@Test
	void aLeaseThatExpiredCannotGiveBackTheLockOfItsSuccessor() {
		Lease stale = locks.tryLock("test.successor", "A", null, at(0), at(10)).orElseThrow();
		Optional<Lease> successor = locks.tryLock("test.successor", "B", null, at(10), at(20));
		assertThat(successor).isPresent();
		assertThat(locks.release(stale, at(10))).isFalse();
		assertThat(locks.tryLock("test.successor", "C", null, at(15), at(25))).as("B still holds it").isEmpty();
	}

	@Test
	void aCronSlotRunsOnceEvenWhenAnotherInstanceFiresItAfterTheLockIsFree() {
		Instant slot = at(0);
		Lease lease = locks.tryLock("test.slot", "A", slot, at(0), at(10)).orElseThrow();
		assertThat(locks.release(lease, at(1))).isTrue();
		assertThat(locks.tryLock("test.slot", "B", slot, at(2), at(12))).as("the same slot, fired late").isEmpty();
		assertThat(locks.tryLock("test.slot", "B", at(1), at(2), at(12))).as("the next slot").isPresent();
	}

	@Test
	void jobsAreLockedEachOnItsOwn() {
		assertThat(locks.tryLock("test.one", "A", null, at(0), at(10))).isPresent();
		assertThat(locks.tryLock("test.two", "A", null, at(0), at(10))).isPresent();
	}

}
