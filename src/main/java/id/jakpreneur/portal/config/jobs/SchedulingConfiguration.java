package id.jakpreneur.portal.config.jobs;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * Turns on scheduled jobs, once for the whole portal, and schedules every {@link ScheduledJob} bean through
 * {@link OncePerSchedule}: each job runs once per schedule across all instances, timed and logged the same way.
 * Spring Session's own cleanup timer is off ({@code spring.session.jdbc.cleanup-cron=-}); its cleanup is a job too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

	private final ObjectProvider<ScheduledJob> jobs;

	private final OncePerSchedule runner;

	private final boolean enabled;

	SchedulingConfiguration(ObjectProvider<ScheduledJob> jobs, OncePerSchedule runner,
			@Value("${jakpreneur.jobs.enabled:true}") boolean enabled) {
		this.jobs = jobs;
		this.runner = runner;
		this.enabled = enabled;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!enabled) {
			// the tests run each job themselves, so that no background write lands in another test's data
			log.info("Scheduled jobs are off (jakpreneur.jobs.enabled=false)");
			return;
		}
		List<ScheduledJob> all = jobs.orderedStream().toList();
		Set<String> names = new HashSet<>();
		for (ScheduledJob job : all) {
			if (!names.add(job.name())) {
				throw new IllegalStateException("two scheduled jobs are named " + job.name());
			}
			JobSchedule schedule = job.schedule();
			if (schedule.off()) {
				log.info("Job {} is switched off", job.name());
				continue;
			}
			if (schedule.cron() != null) {
				SlotTrigger trigger = new SlotTrigger(new CronTrigger(schedule.cron(), Jakarta.ZONE));
				registrar.addTriggerTask(() -> runner.fire(job, trigger.slot), trigger);
			}
			else {
				PeriodicTrigger trigger = new PeriodicTrigger(schedule.delay());
				trigger.setInitialDelay(schedule.initialDelay());
				registrar.addTriggerTask(() -> runner.fire(job, null), trigger);
			}
		}
	}

	/**
	 * A cron trigger that remembers the time it scheduled: while a run goes on, the time it was scheduled for (its
	 * slot), from which the lock is counted, whenever the run actually starts.
	 */
	private static final class SlotTrigger implements Trigger {

		private final CronTrigger cron;

		private volatile Instant slot;

		SlotTrigger(CronTrigger cron) {
			this.cron = cron;
		}

		@Override
		public Instant nextExecution(TriggerContext context) {
			Instant next = cron.nextExecution(context);
			slot = next;
			return next;
		}

	}

}
