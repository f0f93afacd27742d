package id.jakpreneur.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** How long a run keeps its job's lock at least: most of the time to the job's next firing. */
class JobScheduleTests {

	private static final ZonedDateTime SIX_THIRTY = ZonedDateTime.of(2026, 12, 6, 6, 30, 0, 0, Jakarta.ZONE);

	@Test
	void aDailyCronRunKeepsTheLockForMostOfTheDaySoAnotherInstanceFiringTheSameMorningSkips() {
		assertThat(JobSchedule.cron("0 30 6 * * *").lockAtLeastFor(SIX_THIRTY)).isEqualTo(Duration.ofMinutes(1296));
	}

	@Test
	void aCronCountsFromTheSlotToItsNextTimeEvenWhenTheGapsDiffer() {
		JobSchedule twiceAMorning = JobSchedule.cron("0 0 7,8 * * *");
		assertThat(twiceAMorning.lockAtLeastFor(SIX_THIRTY.withHour(7).withMinute(0))).isEqualTo(Duration.ofMinutes(54));
		assertThat(twiceAMorning.lockAtLeastFor(SIX_THIRTY.withHour(8).withMinute(0)))
			.isEqualTo(Duration.ofHours(23).multipliedBy(9).dividedBy(10));
	}

	@Test
	void aFixedDelayJobKeepsTheLockForMostOfItsDelay() {
		assertThat(JobSchedule.every(Duration.ofMinutes(15), Duration.ofMinutes(1)).lockAtLeastFor(SIX_THIRTY))
			.isEqualTo(Duration.ofSeconds(810));
		assertThat(JobSchedule.every(Duration.ofMinutes(1), null).initialDelay()).isZero();
	}

	@Test
	void aJobIsEitherCronOrFixedDelayAndADashSwitchesItOff() {
		assertThat(JobSchedule.cron(JobSchedule.OFF).off()).isTrue();
		assertThat(JobSchedule.cron("0 */5 * * * *").off()).isFalse();
		assertThat(JobSchedule.cron("0 0 7 * * *").longestRun()).isEqualTo(Duration.ofMinutes(10));
		assertThatThrownBy(() -> new JobSchedule("0 0 7 * * *", Duration.ofMinutes(1), null, Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> JobSchedule.cron("every morning")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> JobSchedule.every(Duration.ZERO, null)).isInstanceOf(IllegalArgumentException.class);
	}

}
