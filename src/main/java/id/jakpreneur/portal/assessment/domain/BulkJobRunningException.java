package id.jakpreneur.portal.assessment.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** A bulk re-assessment is already running; only one may run at a time. */
public class BulkJobRunningException extends RefusedException {

	private static final long serialVersionUID = 1L;

	private final long runningJobId;

	public BulkJobRunningException(long runningJobId) {
		super("assessment.bulk.alreadyRunning", "bulk re-assessment " + runningJobId + " is running");
		this.runningJobId = runningJobId;
	}

	public long runningJobId() {
		return runningJobId;
	}

}
