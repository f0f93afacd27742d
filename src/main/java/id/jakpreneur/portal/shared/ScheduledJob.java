package id.jakpreneur.portal.shared;

/**
 * A job the portal runs on a schedule. Every such bean is scheduled in one place ({@code config.jobs}), which runs it
 * once per schedule across all portal instances (a lock row per job), times each run and logs it in one line. Jobs
 * never use {@code @Scheduled} themselves ({@code JobRulesTests}).
 */
public interface ScheduledJob {

	/** Unique name, such as {@code outlet.offer-expiry}: the lock's key, the timer's tag and the log's. */
	String name();

	/** When the job runs. */
	JobSchedule schedule();

	/**
	 * Does one run's work; returns what it did in a few words for the log line (no personal data), or an empty text
	 * when there is nothing worth an INFO line.
	 */
	String run();

}
