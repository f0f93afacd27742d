package id.jakpreneur.portal.training.query;

import java.util.List;

import id.jakpreneur.portal.training.domain.EnrolmentStatus;

/**
 * A class as a participant sees it, with their own place: no enrolment ({@code myStatus} null), a seat, or a
 * place on the waiting list ({@code waitingPosition}, 1 = next), and the certificate number once earned.
 */
public record MyClass(ClassSummary summary, List<SessionView> sessions, EnrolmentStatus myStatus,
		Integer waitingPosition, String certificateNumber) {

	public MyClass {
		sessions = List.copyOf(sessions);
	}

}
