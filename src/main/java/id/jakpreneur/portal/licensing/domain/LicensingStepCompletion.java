package id.jakpreneur.portal.licensing.domain;

import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the assessment module that the licences of the licence route, issued and verified, completed P4 Perizinan.
 * Runs in the transaction of the verification, so the completion and its re-assessment commit or fail together.
 */
@Component
class LicensingStepCompletion {

	private final ApplicationEventPublisher events;

	LicensingStepCompletion(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(LicensingCompleted completed) {
		events.publishEvent(new StepCompleted(completed.participantId(), StepCode.P4,
				Evidence.of("evidence.P4.verified", completed.evidence()), completed.when()));
	}

}
