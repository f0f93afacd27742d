package id.jakpreneur.portal.assessment.query;

import java.time.Instant;

/**
 * A bulk re-assessment as its progress page shows it.
 *
 * @param id the job
 * @param policyVersion the policy version it brings every participant to
 * @param status running (perhaps resumed after an interruption), done, failed, or abandoned (with a reason)
 * @param startedByName the administrator who started it
 * @param startedAt when it started
 * @param finishedAt when it ended; {@code null} while running
 * @param total participants to re-assess, counted when the job starts; {@code null} until counted
 * @param processed participants re-assessed so far
 * @param failure what went wrong, for a failed job; the reason code of an abandoned one
 */
public record BulkJob(long id, String policyVersion, Status status, String startedByName, Instant startedAt,
		Instant finishedAt, Integer total, int processed, String failure) {

	public enum Status {

		RUNNING, DONE, FAILED, ABANDONED

	}

	public boolean running() {
		return status == Status.RUNNING;
	}

	/** Whole percent done, 0 until counted; 100 for a job with nothing to do. */
	public int percent() {
		if (total == null) {
			return 0;
		}
		return total == 0 ? 100 : (int) Math.min(100, processed * 100L / total);
	}

}
