package id.jakpreneur.portal.dashboard.web;

import java.util.List;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;

/**
 * The one thing the entrepreneur should do now, at the top of their home, as a sentence and a button to the page
 * where they do it. In order: correct a returned registration; take the assessment; otherwise the step in progress
 * (the first step still needed in the agency's order, {@link StepProgress}), P1 meaning the validation is awaited;
 * with every step done, the journey so far.
 * @param textKey the sentence's message key when there is no step in progress ({@code step} null)
 * @param buttonKey the button's message key, worded as an action
 */
public record NextAction(String textKey, StepProgress step, String buttonKey, String href) {

	static NextAction of(ParticipantView participant, boolean assessed, List<StepProgress> steps) {
		if (participant.status() == RegistrationStatus.RETURNED) {
			return new NextAction("me.next.correct", null, "me.status.fix", "/me/profile");
		}
		if (!assessed) {
			return new NextAction("assessment.me.take", null, "assessment.me.takeButton", "/me/assessment");
		}
		StepProgress current = steps.stream()
			.filter(s -> s.state().equals(StepProgress.IN_PROGRESS))
			.findFirst()
			.orElse(null);
		if (current == null) {
			return new NextAction("assessment.me.allDone", null, "me.action.journey", "/me/timeline");
		}
		return new NextAction("assessment.me.nextStep", current, "me.action." + current.code(), current.href());
	}

}
