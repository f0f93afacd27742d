package id.jakpreneur.portal.licensing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.LicenceDecision;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.licensing.LicenceRecorded;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.ParticipantLicences;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.AdvisoryLocks;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * P4 Perizinan: the licence register. The participant records each licence (in process, or issued with its number
 * and dates); an officer of the participant's area verifies it; any later change clears the verification. When
 * every licence of the participant's {@link LicenceRoute} that P4 requires is issued, unexpired and verified, P4 is
 * completed and {@link LicensingCompleted} is published, exactly once (a primary key decides). An issued licence is
 * also written into the business profile, which the assessment reads as a declaration; what a licence opens (outlet
 * calls, capital readiness, P4) counts only verified licences, through {@link ParticipantLicences} (decision 81).
 */
@Service
@Transactional
public class Licences {

	private final ParticipantRecords participants;

	private final LicenceRepository licences;

	private final ParticipantLicences lines;

	private final JdbcClient jdbc;

	private final AdvisoryLocks locks;

	private final ApplicationEventPublisher events;

	private final Notifications notifications;

	private final Documents documents;

	private final Clock clock;

	Licences(ParticipantRecords participants, LicenceRepository licences, ParticipantLicences lines, JdbcClient jdbc,
			AdvisoryLocks locks, ApplicationEventPublisher events, Notifications notifications, Documents documents,
			Clock clock) {
		this.documents = documents;
		this.participants = participants;
		this.licences = licences;
		this.lines = lines;
		this.jdbc = jdbc;
		this.locks = locks;
		this.events = events;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Records (or corrects) one of the participant's own licences; clears an earlier verification or return, and
	 * puts an issued licence (back) in the officers' queue.
	 * @return the licence's id, for the documents that go with it
	 * @throws LicenceRefusedException when the draft breaks a rule the form cannot check alone
	 */
	public long record(PortalUser user, LicenceDraft draft) {
		return recordLicence(user, draft).licence().getId();
	}

	/** A licence as just recorded, and what the record was. */
	private record Recorded(Licence licence, LicenceDecision decision) {
	}

	private Recorded recordLicence(PortalUser user, LicenceDraft draft) {
		// one recording per participant at a time, taken before anything is read: a double submit of a first licence
		// of a type would otherwise insert twice (unique participant and type), and both would update the profile
		locks.lock(AdvisoryLocks.Namespace.LICENCE_RECORDING, user.accountId());
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		Licence licence = licences.lockByParticipantIdAndType(me.id(), draft.type())
			.orElseGet(() -> new Licence(me.id(), draft.type()));
		LicenceDecision decision = licence.record(draft, user.accountId(), LocalDate.now(clock), clock.instant());
		licences.saveAndFlush(licence);
		if (licence.getStatus() == LicenceStatus.ISSUED) {
			participants.declareLicence(user, me.id(), draft.type(), licence.getLicenceNumber());
		}
		events.publishEvent(new LicenceRecorded(me.id(), draft.type(), draft.status(), licence.getLicenceNumber(),
				decision, null, user.accountId(), clock.instant()));
		return new Recorded(licence, decision);
	}

	/**
	 * The citizen's form: records (or corrects, or resubmits) the licence with the photo or scan of its certificate.
	 * An issued licence needs a document, this one or one attached before; the licence and its document are saved
	 * together or not at all.
	 * @return what the record was: RECORDED (in process), SUBMITTED, or RESUBMITTED after a return
	 * @throws LicenceRefusedException when the draft breaks a rule, or an issued licence has no document
	 * @throws id.jakpreneur.portal.document.DocumentRefusedException when the upload is not kept (size, type)
	 */
	public LicenceDecision record(PortalUser user, LicenceDraft draft, MultipartFile document) {
		Recorded recorded = recordLicence(user, draft);
		Licence licence = recorded.licence();
		long id = licence.getId();
		if (document != null && !document.isEmpty()) {
			documents.attach(licence.getParticipantId(), DocumentPurpose.LICENCE, id, document, user.accountId());
		}
		else if (licence.getStatus() == LicenceStatus.ISSUED && documents.of(DocumentPurpose.LICENCE, id).isEmpty()) {
			throw new LicenceRefusedException("document", "programme.licence.document.required");
		}
		return recorded.decision();
	}

	/**
	 * An officer of the participant's area (or an administrator) verifies an issued licence; completes P4 when the
	 * route is done. Verifying twice changes nothing.
	 * @throws NotFoundException when the participant is not the officer's, or the licence not theirs
	 * @throws LicenceRefusedException when the licence is not issued or has expired
	 */
	public void verify(PortalUser officer, long participantId, long licenceId) {
		ParticipantView participant = participants.get(officer, participantId);
		Licence licence = licences.lockByIdAndParticipantId(licenceId, participantId)
			.orElseThrow(NotFoundException::new);
		if (!licence.verify(officer.accountId(), LocalDate.now(clock), clock.instant())) {
			return;
		}
		licences.flush();
		events.publishEvent(new LicenceRecorded(participantId, licence.getType(), licence.getStatus(),
				licence.getLicenceNumber(), LicenceDecision.VERIFIED, null, officer.accountId(), clock.instant()));
		if (participant.accountId() != null) {
			// a verification cleared by a correction and given again is news again: no dedupe key
			notifications.send(participant.accountId(), NoticeKind.LICENCE_VERIFIED, "/me/licences", null,
					licence.documentName(), licence.getLicenceNumber());
		}
		completeIfDone(participant);
	}

	/**
	 * An officer of the participant's area (or an administrator) returns a submitted licence with a reason; the
	 * citizen is told and reads the reason on her licence page, corrects and submits again.
	 * @throws NotFoundException when the participant is not the officer's, or the licence not theirs
	 * @throws LicenceRefusedException when the reason is missing or too long, or the licence is not waiting
	 */
	public void returnLicence(PortalUser officer, long participantId, long licenceId, String reason) {
		ParticipantView participant = participants.get(officer, participantId);
		Licence licence = licences.lockByIdAndParticipantId(licenceId, participantId)
			.orElseThrow(NotFoundException::new);
		licence.returnWith(reason, officer.accountId(), LocalDate.now(clock), clock.instant());
		licences.flush();
		events.publishEvent(new LicenceRecorded(participantId, licence.getType(), licence.getStatus(),
				licence.getLicenceNumber(), LicenceDecision.RETURNED, licence.getReturnReason(), officer.accountId(),
				clock.instant()));
		if (participant.accountId() != null) {
			// a return with another reason is news again: no dedupe key (decision 96)
			notifications.send(participant.accountId(), NoticeKind.LICENCE_RETURNED, "/me/licences", null,
					licence.documentName(), licence.getLicenceNumber(), licence.getReturnReason());
		}
	}

	private void completeIfDone(ParticipantView participant) {
		List<LicenceLine> route = lines.of(participant);
		if (!LicenceRoute.routeDone(route)) {
			return;
		}
		StringJoiner evidence = new StringJoiner(", ");
		route.stream().filter(LicenceLine::required).forEach(l -> evidence.add(l.evidence()));
		String text = evidence.toString().length() > 480 ? evidence.toString().substring(0, 480) : evidence.toString();
		Optional<Instant> completed = jdbc.sql("""
				insert into licensing_completion (participant_id, evidence) values (:participantId, :evidence)
				on conflict do nothing returning completed_at
				""")
			.param("participantId", participant.id())
			.param("evidence", text)
			.query((rs, n) -> rs.getTimestamp("completed_at").toInstant())
			.optional();
		completed.ifPresent(when -> events.publishEvent(new LicensingCompleted(participant.id(), text, when)));
	}

}
