package id.jakpreneur.portal.assessment;

/** A bulk re-assessment is already running; only one may run at a time. */
public class BulkJobRunningException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long runningJobId;

	public BulkJobRunningException(long runningJobId) {
		super("bulk re-assessment " + runningJobId + " is running");
		this.runningJobId = runningJobId;
	}

	public long runningJobId() {
		return runningJobId;
	}

}
