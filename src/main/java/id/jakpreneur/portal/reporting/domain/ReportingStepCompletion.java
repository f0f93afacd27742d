package id.jakpreneur.portal.reporting.domain;

import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the assessment module that the configured run of monthly reports completed P6 Pelaporan keuangan. Runs in
 * the transaction that stored the report, so the completion and its re-assessment commit or fail together with it.
 */
@Component
class ReportingStepCompletion {

	private final ApplicationEventPublisher events;

	ReportingStepCompletion(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(FinancialReportingCompleted completed) {
		events.publishEvent(new StepCompleted(completed.participantId(), StepCode.P6,
				Evidence.of("evidence.P6.reports", completed.consecutiveMonths()), completed.when()));
	}

}
