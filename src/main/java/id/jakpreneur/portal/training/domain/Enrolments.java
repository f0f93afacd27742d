package id.jakpreneur.portal.training.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats in classes. Every change of seats first locks the class row ({@code SELECT ... FOR UPDATE}), so counting the
 * taken seats and giving one is atomic: concurrent requests queue on the lock and never exceed the capacity. A
 * participant enrols in classes of their own kecamatan (or online) for their sector; an officer may place any
 * participant of their area in a class of their area. Both need a validated registration (P1 done).
 */
@Service
@Transactional
public class Enrolments {

	private final TrainingClasses classes;

	private final TrainingClassRepository classRows;

	private final EnrolmentRepository enrolments;

	private final ClassQueries queries;

	private final ParticipantRecords participants;

	private final TrainingNotices notices;

	private final Clock clock;

	Enrolments(TrainingClasses classes, TrainingClassRepository classRows, EnrolmentRepository enrolments,
			ClassQueries queries, ParticipantRecords participants, TrainingNotices notices, Clock clock) {
		this.classes = classes;
		this.classRows = classRows;
		this.enrolments = enrolments;
		this.queries = queries;
		this.participants = participants;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * The participant asks for a seat; returns whether they got one or joined the waiting list.
	 * @throws EnrolmentRefusedException when the rules do not allow it, with the reason
	 */
	public EnrolmentStatus enrolSelf(PortalUser user, long classId) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		ClassSummary summary = locked(classId);
		if (!isFor(summary, me)) {
			throw new NotFoundException();
		}
		return place(summary, me, user.accountId());
	}

	/** An officer places a participant of their area in a class of their area. */
	public EnrolmentStatus enrolByOfficer(PortalUser officer, long classId, long participantId) {
		ClassSummary summary = classes.load(officer, classId, true);
		return place(summary, participants.get(officer, participantId), officer.accountId());
	}

	/** The participant gives up their seat or their place on the waiting list. */
	public void cancelSelf(PortalUser user, long classId) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		ClassSummary summary = locked(classId);
		Enrolment enrolment = enrolments
			.findFirstByClassIdAndParticipantIdAndStatusNot(classId, me.id(), EnrolmentStatus.CANCELLED)
			.orElseThrow(() -> new EnrolmentRefusedException("programme.enrol.notEnrolled"));
		cancel(summary, enrolment);
	}

	public void cancelByOfficer(PortalUser officer, long classId, long enrolmentId) {
		ClassSummary summary = classes.load(officer, classId, true);
		cancel(summary, enrolments.findByIdAndClassIdAndStatusNot(enrolmentId, classId, EnrolmentStatus.CANCELLED)
			.orElseThrow(NotFoundException::new));
	}

	/** Whether this is a class the participant may enrol in by themself: their sector, their kecamatan or online. */
	static boolean isFor(ClassSummary summary, ParticipantView participant) {
		return summary.sector() == participant.business().sector()
				&& (summary.online() || summary.districtCode().equals(participant.districtCode()));
	}

	/** The class with its row locked for a change of seats; "not found" when there is none. */
	private ClassSummary locked(long classId) {
		classRows.findLockedById(classId).orElseThrow(NotFoundException::new);
		ClassSummary summary = queries.find(classId);
		if (summary == null) {
			throw new NotFoundException();
		}
		return summary;
	}

	private EnrolmentStatus place(ClassSummary summary, ParticipantView participant, long actorId) {
		if (participant.status() != RegistrationStatus.VALIDATED) {
			throw new EnrolmentRefusedException("programme.enrol.notValidated");
		}
		if (summary.lastDay() != null && summary.lastDay().isBefore(LocalDate.now(clock))) {
			throw new EnrolmentRefusedException("programme.enrol.finished");
		}
		if (enrolments.existsByClassIdAndParticipantIdAndStatusNot(summary.id(), participant.id(),
				EnrolmentStatus.CANCELLED)) {
			throw new EnrolmentRefusedException("programme.enrol.already");
		}
		EnrolmentStatus status = Seats.placeFor(summary.capacity(), enrolledIn(summary.id()));
		Enrolment enrolment = enrolments.save(new Enrolment(summary.id(), participant.id(), status, actorId,
				clock.instant()));
		// a seat the participant took themself is on their screen already; one an officer gave them is news
		if (status == EnrolmentStatus.ENROLLED && !Long.valueOf(actorId).equals(participant.accountId())) {
			notices.placeGiven(summary, enrolment.getId(), participant.id());
		}
		return status;
	}

	private void cancel(ClassSummary summary, Enrolment enrolment) {
		EnrolmentStatus before = enrolment.getStatus();
		enrolment.moveTo(EnrolmentStatus.CANCELLED, clock.instant());
		enrolments.flush();
		if (before == EnrolmentStatus.ENROLLED) {
			moveUp(summary);
		}
	}

	/** Gives the free seats to the longest-waiting requests. */
	private void moveUp(ClassSummary summary) {
		List<Enrolment> waiting = enrolments.findByClassIdAndStatus(summary.id(), EnrolmentStatus.WAITING);
		List<Seats.Waiting> queue = waiting.stream().map(e -> new Seats.Waiting(e.getId(), e.getCreatedAt())).toList();
		for (Seats.Waiting next : Seats.nextInLine(queue, summary.capacity(), enrolledIn(summary.id()))) {
			waiting.stream()
				.filter(e -> e.getId() == next.id())
				.findFirst()
				.ifPresent(e -> {
					e.moveTo(EnrolmentStatus.ENROLLED, clock.instant());
					notices.placeGiven(summary, e.getId(), e.getParticipantId());
				});
		}
	}

	private int enrolledIn(long classId) {
		return (int) enrolments.countByClassIdAndStatus(classId, EnrolmentStatus.ENROLLED);
	}

}
