package id.jakpreneur.portal.training.query;

import java.util.List;

import id.jakpreneur.portal.training.domain.EnrolmentStatus;

/**
 * A class as a participant sees it, with their own place: no enrolment ({@code myStatus} null), a seat, or a
 * place on the waiting list ({@code waitingPosition}, 1 = next), and the certificate number once earned, with the
 * officer's reason when it was withdrawn ({@code withdrawnReason}, null while it stands).
 */
public record MyClass(ClassSummary summary, List<SessionView> sessions, EnrolmentStatus myStatus,
		Integer waitingPosition, String certificateNumber, String withdrawnReason) {

	public MyClass {
		sessions = List.copyOf(sessions);
	}

}
