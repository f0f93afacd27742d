package id.jakpreneur.portal.programme;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the assessment module that a step of the 7 was completed here: a certificate completes P2 Pelatihan,
 * the licences of the licence route issued and verified complete P4 Perizinan, the configured run of monthly reports
 * completes P6 Pelaporan keuangan. Runs in the transaction that issued the
 * certificate or stored the report, so the completion and its re-assessment commit or fail together with it.
 */
@Component
class StepCompletionNotices {

	private final ApplicationEventPublisher events;

	StepCompletionNotices(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(TrainingCertified certified) {
		events.publishEvent(new StepCompleted(certified.participantId(), StepCode.P2,
				"Sertifikat pelatihan " + certified.certificateNumber(), certified.when()));
	}

	@EventListener
	void on(LicensingCompleted completed) {
		events.publishEvent(new StepCompleted(completed.participantId(), StepCode.P4,
				completed.evidence() + " (diverifikasi petugas)", completed.when()));
	}

	@EventListener
	void on(FinancialReportingCompleted completed) {
		events.publishEvent(new StepCompleted(completed.participantId(), StepCode.P6,
				completed.consecutiveMonths() + " laporan bulanan berturut-turut", completed.when()));
	}

}
