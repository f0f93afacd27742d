package id.jakpreneur.portal.dashboard.web;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;

/** One of the 7 steps with its state for the home page. */
record StepProgress(String code, String state) {

	static final String NOT_STARTED = "NOT_STARTED";

	static final String IN_PROGRESS = "IN_PROGRESS";

	static final String COMPLETED = "COMPLETED";

	static final String RECOGNISED = "RECOGNISED";

	/** P1 follows the registration; the other steps move with assessments, classes, mentoring and reports. */
	static List<StepProgress> of(ParticipantView participant) {
		List<StepProgress> steps = new ArrayList<>();
		steps.add(new StepProgress("P1",
				participant.status() == RegistrationStatus.VALIDATED ? COMPLETED : IN_PROGRESS));
		for (int n = 2; n <= 7; n++) {
			steps.add(new StepProgress("P" + n, NOT_STARTED));
		}
		return steps;
	}

}
