package id.jakpreneur.portal.config.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import id.jakpreneur.portal.PortalApplication;
import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.PortalInstance;
import id.jakpreneur.portal.shared.ScheduledJob;
import id.jakpreneur.portal.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two portal instances on one database, as behind the load balancer: a job whose schedule fires on both at the same
 * second runs once per slot, on one or the other; the other instance's firing is a skip.
 */
class TwoInstancesTests {

	/** Each run of the probe job: its slot and the instance that ran it. */
	static final Queue<Map.Entry<Instant, String>> RUNS = new ConcurrentLinkedQueue<>();

	private static final int SLOTS = 5;

	@Configuration(proxyBeanMethods = false)
	static class ProbeJob {

		@Bean
		ScheduledJob probe(PortalInstance instance, @Value("${test.probe.cron}") String cron) {
			return new ScheduledJob() {

				@Override
				public String name() {
					return "test.probe";
				}

				@Override
				public JobSchedule schedule() {
					return JobSchedule.cron(cron);
				}

				@Override
				public String run() {
					RUNS.add(Map.entry(OncePerSchedule.currentSlot(), instance.name()));
					return "probed";
				}
			};
		}

	}

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(PortalApplication.class, TestDatabase.class, ProbeJob.class)
			.run("--server.port=0", "--jakpreneur.jobs.enabled=true", "--test.probe.cron=* * * * * *",
					"--spring.main.banner-mode=off", "--jakpreneur.outlet.offer-expiry-interval=PT1H");
	}

	@Test
	void aJobFiringOnTwoInstancesRunsOncePerSlot() throws Exception {
		try (ConfigurableApplicationContext first = instance(); ConfigurableApplicationContext second = instance()) {
			MeterRegistry firstMeters = first.getBean(MeterRegistry.class);
			MeterRegistry secondMeters = second.getBean(MeterRegistry.class);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			// both instances up, then SLOTS more slots with a firing on each
			while ((firings(secondMeters) < SLOTS || firings(firstMeters) < SLOTS) && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			first.stop();
			second.stop();
			assertThat(firings(firstMeters)).as("firings on the first instance").isGreaterThanOrEqualTo(SLOTS);
			assertThat(firings(secondMeters)).as("firings on the second instance").isGreaterThanOrEqualTo(SLOTS);
			List<Map.Entry<Instant, String>> runs = List.copyOf(RUNS);
			Map<Instant, Long> runsPerSlot = runs.stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));
			assertThat(runsPerSlot).as("runs per slot").allSatisfy((slot, count) -> assertThat(count).isOne());
			assertThat(runs).hasSizeGreaterThanOrEqualTo(SLOTS);
			assertThat(count(firstMeters, "ran") + count(secondMeters, "ran")).isEqualTo(runs.size());
			assertThat(count(firstMeters, "skipped") + count(secondMeters, "skipped"))
				.as("the instance that lost a slot skipped it").isGreaterThanOrEqualTo(SLOTS - 1);
			assertThat(runs.stream().map(Map.Entry::getValue).collect(Collectors.toSet()))
				.as("runs by the two instances").isSubsetOf(first.getBean(PortalInstance.class).name(),
						second.getBean(PortalInstance.class).name());
			assertThat(count(firstMeters, "failed") + count(secondMeters, "failed")).isZero();
		}
	}

	private static long firings(MeterRegistry meters) {
		return count(meters, "ran") + count(meters, "skipped");
	}

	private static long count(MeterRegistry meters, String outcome) {
		Timer timer = meters.find(OncePerSchedule.TIMER).tags("job", "test.probe", "outcome", outcome).timer();
		return timer == null ? 0 : timer.count();
	}


}
