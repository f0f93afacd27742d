package id.jakpreneur.portal.timeline.domain;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.assessment.PhaseAssessed;
import id.jakpreneur.portal.entrepreneur.ConsentWithdrawn;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.assessment.PhasesAssessed;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.licensing.LicenceRecorded;
import id.jakpreneur.portal.partner.ReferralChanged;
import id.jakpreneur.portal.reporting.ReportFiled;
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

	@EventListener
	void on(LicenceRecorded licence) {
		if (licence.verified()) {
			timeline.add(licence.participantId(), TimelineKind.LICENCE_VERIFIED, licence.actorId(), licence.when(),
					licence.type().name(), licence.number());
		}
		else {
			timeline.add(licence.participantId(), TimelineKind.LICENCE_RECORDED, licence.actorId(), licence.when(),
					licence.type().name(), licence.status().name(), licence.number());
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
	void on(ReferralChanged changed) {
		timeline.add(changed.participantId(), TimelineKind.REFERRAL, changed.actorId(), changed.when(),
				changed.status().name(), changed.offerKind().name(), changed.partnerName(), changed.offerTitle(),
				changed.reason());
	}

	@EventListener
	void on(ConsentWithdrawn withdrawn) {
		// she withdraws her own consents: the entry is hers
		timeline.add(withdrawn.participantId(), TimelineKind.CONSENT_WITHDRAWN,
				participants.accountOf(withdrawn.participantId()).orElse(null), withdrawn.at(),
				withdrawn.purpose().name(), withdrawn.referenceId() == null ? "" : withdrawn.referenceId().toString());
	}

}
