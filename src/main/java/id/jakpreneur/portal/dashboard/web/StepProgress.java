package id.jakpreneur.portal.dashboard.web;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.assessment.PlannedStep;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepDefinition;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;

/**
 * One of the 7 steps for the home page, in the order the participant's agency runs them, with the state shown to
 * the entrepreneur: completed, recognised (with its evidence), in progress or not started. P1 follows the
 * registration. Of the steps still needed, the first one in the agency's order is the one in progress, once the
 * business has been assessed: it is where the programme works with the business now; the later ones have not
 * started. Each step leads to the entrepreneur's page for it ({@link #href()}).
 */
public record StepProgress(String code, String state, String evidence, StepDefinition definition) {

	static final String NOT_STARTED = "NOT_STARTED";

	static final String IN_PROGRESS = "IN_PROGRESS";

	static final String COMPLETED = "COMPLETED";

	static final String RECOGNISED = "RECOGNISED";

	static List<StepProgress> of(ParticipantView participant, List<PlannedStep> plan, boolean assessed) {
		List<StepProgress> steps = new ArrayList<>(plan.size());
		boolean current = false;
		for (PlannedStep step : plan) {
			String state;
			if (step.step() == StepCode.P1) {
				state = participant.status() == RegistrationStatus.VALIDATED ? COMPLETED : IN_PROGRESS;
				current |= state.equals(IN_PROGRESS);
			}
			else if (step.status() == StepStatus.COMPLETED) {
				state = COMPLETED;
			}
			else if (step.status() == StepStatus.RECOGNISED) {
				state = RECOGNISED;
			}
			else if (assessed && !current) {
				state = IN_PROGRESS;
				current = true;
			}
			else {
				state = NOT_STARTED;
			}
			steps.add(new StepProgress(step.step().name(), state, state.equals(NOT_STARTED) ? null : step.evidence(),
					step.definition()));
		}
		return steps;
	}

	/** The entrepreneur's page where this step is worked on. */
	public String href() {
		return switch (StepCode.valueOf(code)) {
			case P1 -> "/me/profile";
			case P2 -> "/me/classes";
			case P3 -> "/me/mentoring";
			case P4 -> "/me/licences";
			case P5 -> "/me/outlets";
			case P6 -> "/me/reports";
			case P7 -> "/me/capital";
		};
	}

	public boolean done() {
		return state.equals(COMPLETED) || state.equals(RECOGNISED);
	}

	/** How many steps are still ahead. */
	static long ahead(List<StepProgress> steps) {
		return steps.stream().filter(s -> !s.done()).count();
	}

}
