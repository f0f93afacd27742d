package id.jakpreneur.portal.training.domain;

import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.training.TrainingCertified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the assessment module that a certificate completed P2 Pelatihan. Runs in the transaction that issued the
 * certificate, so the completion and its re-assessment commit or fail together with it.
 */
@Component
class TrainingStepCompletion {

	private final ApplicationEventPublisher events;

	TrainingStepCompletion(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(TrainingCertified certified) {
		events.publishEvent(new StepCompleted(certified.participantId(), StepCode.P2,
				Evidence.of("evidence.P2.certificate", certified.certificateNumber()), certified.when()));
	}

}
