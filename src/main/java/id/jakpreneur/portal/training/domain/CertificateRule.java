package id.jakpreneur.portal.training.domain;

/**
 * When a class gives its certificate: the participant attended at least the class's minimum number of sessions
 * (and the class has ended, {@link TrainingCertificates}). Once issued, a certificate stays when an attendance mark
 * is corrected later, unless an officer withdraws it with a reason (decision 101).
 */
public final class CertificateRule {

	private CertificateRule() {
	}

	public static boolean earned(int sessionsAttended, int minimumSessions) {
		return minimumSessions >= 1 && sessionsAttended >= minimumSessions;
	}

	/** Unique and readable: programme, step, year of issue, class and participant. */
	public static String number(int year, long classId, long participantId) {
		return String.format("JP/P2/%d/%06d/%06d", year, classId, participantId);
	}

}
