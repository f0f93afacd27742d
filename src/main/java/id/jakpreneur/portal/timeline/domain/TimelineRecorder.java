package id.jakpreneur.portal.timeline.domain;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.assessment.AssessmentOverridden;
import id.jakpreneur.portal.assessment.PhaseAssessed;
import id.jakpreneur.portal.entrepreneur.ConsentWithdrawn;
import id.jakpreneur.portal.eorder.OrderSettled;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.assessment.PhasesAssessed;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.licensing.LicenceRecorded;
import id.jakpreneur.portal.outlet.SalesReportChanged;
import id.jakpreneur.portal.partner.ReferralChanged;
import id.jakpreneur.portal.reporting.ReportFiled;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.shared.Rupiah;
import id.jakpreneur.portal.reporting.ReportReviewed;
import id.jakpreneur.portal.reporting.ReportStatus;
import id.jakpreneur.portal.training.CertificateWithdrawn;
import id.jakpreneur.portal.training.TrainingCertified;
import id.jakpreneur.portal.training.TrainingRecords;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the participant's timeline from the events of every step change, synchronously and in the transaction of
 * the change, so an entry exists exactly when the change does. A phase change needs no entry: the timeline shows
 * the assessment that made it (the assessment module's view {@code phase_change}); only a participant's first phase
 * is written here.
 */
@Component
class TimelineRecorder {

	private final ParticipantTimeline timeline;

	private final TrainingRecords training;

	private final ParticipantRecords participants;

	TimelineRecorder(ParticipantTimeline timeline, TrainingRecords training, ParticipantRecords participants) {
		this.timeline = timeline;
		this.training = training;
		this.participants = participants;
	}

	@EventListener
	void on(StepCompleted completed) {
		timeline.add(completed.participantId(), TimelineKind.STEP_COMPLETED, null, completed.when(),
				completed.step().name(), completed.evidence());
	}

	/** The phase of a first assessment; a whole bulk batch in one statement. */
	@EventListener
	void on(PhasesAssessed batch) {
		List<ParticipantTimeline.NewEntry> entries = new ArrayList<>();
		for (PhaseAssessed assessed : batch.assessments()) {
			if (assessed.previousPhase() == null) {
				entries.add(new ParticipantTimeline.NewEntry(assessed.participantId(), TimelineKind.PHASE_FIRST, null,
						assessed.occurredOn(), assessed.phase().name()));
			}
		}
		timeline.addAll(entries);
	}

	/** An officer's override of phase and/or track, credited to the officer, with the reason. */
	@EventListener
	void on(AssessmentOverridden overridden) {
		timeline.add(overridden.participantId(), TimelineKind.OVERRIDE, overridden.officerId(), overridden.occurredOn(),
				overridden.previousPhase().name(), overridden.phase().name(), overridden.previousTrack().name(),
				overridden.track().name(), overridden.reason());
	}

	/** Every decision on a licence, with its actor: the citizen's record or submission, the officer's verdict. */
	@EventListener
	void on(LicenceRecorded licence) {
		String number = licence.number() == null ? "" : licence.number();
		switch (licence.decision()) {
			case RECORDED, SUBMITTED -> timeline.add(licence.participantId(), TimelineKind.LICENCE_RECORDED,
					licence.actorId(), licence.when(), licence.type().name(), licence.status().name(), licence.number());
			case RESUBMITTED -> timeline.add(licence.participantId(), TimelineKind.LICENCE_RESUBMITTED,
					licence.actorId(), licence.when(), licence.type().name(), number);
			case VERIFIED -> timeline.add(licence.participantId(), TimelineKind.LICENCE_VERIFIED, licence.actorId(),
					licence.when(), licence.type().name(), licence.number());
			case RETURNED -> timeline.add(licence.participantId(), TimelineKind.LICENCE_RETURNED, licence.actorId(),
					licence.when(), licence.type().name(), number, licence.reason());
		}
	}

	@EventListener
	void on(TrainingCertified certified) {
		String title = training.classTitle(certified.classId());
		timeline.add(certified.participantId(), TimelineKind.CERTIFICATE, null, certified.when(),
				certified.certificateNumber(), title);
	}

	@EventListener
	void on(ReportFiled filed) {
		timeline.add(filed.participantId(), TimelineKind.REPORT_FILED, filed.filedBy(), filed.when(),
				filed.month().toString());
	}

	@EventListener
	void on(CertificateWithdrawn withdrawn) {
		timeline.add(withdrawn.participantId(), TimelineKind.CERTIFICATE_WITHDRAWN, withdrawn.actorId(),
				withdrawn.when(), withdrawn.certificateNumber(), training.classTitle(withdrawn.classId()),
				withdrawn.reason());
	}

	@EventListener
	void on(ReportReviewed reviewed) {
		TimelineKind kind = reviewed.decision() == ReportStatus.RETURNED ? TimelineKind.REPORT_RETURNED
				: reviewed.late() ? TimelineKind.REPORT_CONFIRMED : TimelineKind.REPORT_VERIFIED;
		if (kind == TimelineKind.REPORT_RETURNED) {
			timeline.add(reviewed.participantId(), kind, reviewed.actorId(), reviewed.when(),
					reviewed.month().toString(), reviewed.reason());
		}
		else {
			timeline.add(reviewed.participantId(), kind, reviewed.actorId(), reviewed.when(),
					reviewed.month().toString());
		}
	}

	@EventListener
	void on(ReferralChanged changed) {
		timeline.add(changed.participantId(), TimelineKind.REFERRAL, changed.actorId(), changed.when(),
				changed.status().name(), changed.offerKind().name(), changed.partnerName(), changed.offerTitle(),
				changed.reason());
	}

	@EventListener
	void on(SalesReportChanged sales) {
		timeline.add(sales.participantId(), TimelineKind.OUTLET_SALES, sales.actorId(), sales.when(), sales.step().name(),
				sales.outletName(), NoticeDates.period(sales.startsOn(), sales.endsOn()), String.valueOf(sales.unitsSold()),
				Rupiah.format(sales.sales()), sales.reason());
	}

	/** An e-Order received by the buyer and paid: a sale of hers, credited to no one (the buyer is an organisation). */
	@EventListener
	void on(OrderSettled settled) {
		timeline.add(settled.participantId(), TimelineKind.EORDER_SALE, null, settled.receivedAt(),
				settled.organisationName(), Rupiah.format(settled.amount()), NoticeDates.day(settled.paidOn()));
	}

	@EventListener
	void on(ConsentWithdrawn withdrawn) {
		// she withdraws her own consents: the entry is hers
		timeline.add(withdrawn.participantId(), TimelineKind.CONSENT_WITHDRAWN,
				participants.accountOf(withdrawn.participantId()).orElse(null), withdrawn.at(),
				withdrawn.purpose().name(), withdrawn.referenceId() == null ? "" : withdrawn.referenceId().toString());
	}

}
