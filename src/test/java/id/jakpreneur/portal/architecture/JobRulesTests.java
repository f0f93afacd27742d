package id.jakpreneur.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;

/**
 * Every scheduled job is a {@code shared.ScheduledJob} bean, scheduled in one place ({@code config.jobs}), so that
 * each runs once per schedule across instances and is timed and logged the same way: no {@code @Scheduled} method.
 */
class JobRulesTests {

	@Test
	void noMethodSchedulesItselfAroundTheJobLock() {
		noMethods().should()
			.beAnnotatedWith(Scheduled.class)
			.orShould()
			.beAnnotatedWith(Schedules.class)
			.because("a job is a ScheduledJob bean, run once per schedule across instances (docs/operations.md)")
			.check(ArchitectureTests.MAIN);
	}

}
