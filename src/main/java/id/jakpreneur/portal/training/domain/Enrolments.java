package id.jakpreneur.portal.training.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final ClassQueries queries;

	private final ParticipantRecords participants;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Enrolments(TrainingClasses classes, ClassQueries queries, ParticipantRecords participants, JdbcTemplate jdbc, Clock clock) {
		this.clock = clock;
		this.classes = classes;
		this.queries = queries;
		this.participants = participants;
		this.jdbc = jdbc;
	}

	/**
	 * The participant asks for a seat; returns whether they got one or joined the waiting list.
	 * @throws EnrolmentRefusedException when the rules do not allow it, with the reason
	 */
	public EnrolmentStatus enrolSelf(PortalUser user, long classId) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		ClassSummary summary = queries.find(classId, true);
		if (summary == null || !isFor(summary, me)) {
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
		ClassSummary summary = queries.find(classId, true);
		if (summary == null) {
			throw new NotFoundException();
		}
		long enrolmentId = jdbc.queryForList("""
				select id from training_enrolment where class_id = ? and participant_id = ? and status <> 'CANCELLED'
				""", Long.class, classId, me.id()).stream().findFirst()
			.orElseThrow(() -> new EnrolmentRefusedException("programme.enrol.notEnrolled"));
		cancel(summary, enrolmentId);
	}

	public void cancelByOfficer(PortalUser officer, long classId, long enrolmentId) {
		cancel(classes.load(officer, classId, true), enrolmentId);
	}

	/** Whether this is a class the participant may enrol in by themself: their sector, their kecamatan or online. */
	static boolean isFor(ClassSummary summary, ParticipantView participant) {
		return summary.sector() == participant.business().sector()
				&& (summary.online() || summary.districtCode().equals(participant.districtCode()));
	}

	private EnrolmentStatus place(ClassSummary summary, ParticipantView participant, long actorId) {
		if (participant.status() != RegistrationStatus.VALIDATED) {
			throw new EnrolmentRefusedException("programme.enrol.notValidated");
		}
		if (summary.lastDay() != null && summary.lastDay().isBefore(LocalDate.now(clock))) {
			throw new EnrolmentRefusedException("programme.enrol.finished");
		}
		Integer active = jdbc.queryForObject("""
				select count(*) from training_enrolment where class_id = ? and participant_id = ? and status <> 'CANCELLED'
				""", Integer.class, summary.id(), participant.id());
		if (active != null && active > 0) {
			throw new EnrolmentRefusedException("programme.enrol.already");
		}
		EnrolmentStatus status = Seats.placeFor(summary.capacity(), enrolledIn(summary.id()));
		jdbc.update("""
				insert into training_enrolment (class_id, participant_id, status, enrolled_by, seated_at)
				values (?, ?, ?, ?, case when ? then now() end)
				""", summary.id(), participant.id(), status.name(), actorId, status == EnrolmentStatus.ENROLLED);
		return status;
	}

	private void cancel(ClassSummary summary, long enrolmentId) {
		Optional<String> before = jdbc.queryForList("""
				select status from training_enrolment where id = ? and class_id = ? and status <> 'CANCELLED'
				""", String.class, enrolmentId, summary.id()).stream().findFirst();
		if (before.isEmpty()) {
			throw new NotFoundException();
		}
		jdbc.update("update training_enrolment set status = 'CANCELLED', cancelled_at = now(), version = version + 1 "
				+ "where id = ?", enrolmentId);
		if (EnrolmentStatus.valueOf(before.get()) == EnrolmentStatus.ENROLLED) {
			moveUp(summary);
		}
	}

	/** Gives the free seats to the longest-waiting requests. */
	private void moveUp(ClassSummary summary) {
		List<Seats.Waiting> waiting = jdbc.query(
				"select id, created_at from training_enrolment where class_id = ? and status = 'WAITING'",
				(rs, n) -> new Seats.Waiting(rs.getLong(1), rs.getTimestamp(2).toInstant()), summary.id());
		for (Seats.Waiting next : Seats.nextInLine(waiting, summary.capacity(), enrolledIn(summary.id()))) {
			jdbc.update("update training_enrolment set status = 'ENROLLED', seated_at = now(), version = version + 1 "
					+ "where id = ?", next.id());
		}
	}

	private int enrolledIn(long classId) {
		Integer enrolled = jdbc.queryForObject(
				"select count(*) from training_enrolment where class_id = ? and status = 'ENROLLED'", Integer.class,
				classId);
		return enrolled == null ? 0 : enrolled;
	}

}
