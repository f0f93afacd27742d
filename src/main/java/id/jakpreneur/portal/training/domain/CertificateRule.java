package id.jakpreneur.portal.training.domain;

/**
 * When a class gives its certificate: the participant attended at least the class's minimum number of sessions.
 * Once issued, a certificate stays, even if an attendance mark is corrected later: it may already have completed
 * P2 and been shown to a partner.
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
