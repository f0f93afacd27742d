package id.jakpreneur.portal.mentoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import id.jakpreneur.portal.mentoring.query.WaitingMentee;
import id.jakpreneur.portal.shared.AdvisoryLocks;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns mentors, reassigns them with a reason, ends mentoring, and answers entrepreneurs' requests for another
 * mentor; officers only for participants of their area. Capacity holds under concurrency in two layers: the mentor's
 * row is locked ({@link MentorRepository#lockById}, {@code SELECT ... FOR UPDATE}) before {@link Mentor} checks its
 * load, so a second officer assigning to the same mentor at the same moment waits and then sees the seat taken; and
 * the database refuses, whatever the caller did, an assignment beyond capacity or to a paused mentor (the trigger on
 * {@code mentor_assignment} and the check {@code mentor_capacity_holds}). Changes of one participant's mentor are
 * serialised by an advisory lock.
 */
@Service
@Transactional
public class Assignments {

	private final JdbcClient jdbc;

	private final AdvisoryLocks locks;

	private final AssignmentQueries suggestions;

	private final MentorRepository mentors;

	private final MentorAssignmentRepository assignments;

	private final MentorChangeRequestRepository requests;

	private final Notifications notices;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Assignments(JdbcClient jdbc, AssignmentQueries suggestions, MentorRepository mentors,
			MentorAssignmentRepository assignments, MentorChangeRequestRepository requests, Notifications notices,
			TransactionTemplate transactions, Clock clock, AdvisoryLocks locks) {
		this.jdbc = jdbc;
		this.locks = locks;
		this.suggestions = suggestions;
		this.mentors = mentors;
		this.assignments = assignments;
		this.requests = requests;
		this.notices = notices;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Gives a participant of the officer's area who has no mentor the chosen mentor.
	 * @throws MentoringException when the mentor is full or paused, the participant already has a mentor, or was
	 * never assessed
	 * @throws NotFoundException when the participant is outside the area, or the mentor does not work there
	 */
	public void assign(PortalUser officer, long participantId, long mentorId) {
		WaitingMentee mentee = suggestions.menteeInArea(officer, participantId);
		lockParticipant(participantId);
		if (assignments.findByParticipantIdAndEndedAtIsNull(participantId).isPresent()) {
			throw MentoringException.alreadyAssigned();
		}
		Mentor mentor = checkedMentor(mentee, mentorId, null);
		start(officer, mentee, mentor, null);
	}

	/**
	 * Gives a participant another mentor, with the officer's reason; the current assignment ends as REASSIGNED, or as
	 * MENTEE_REQUEST when the entrepreneur asked for it (their open request is then resolved).
	 */
	public void reassign(PortalUser officer, long participantId, long mentorId, String reason) {
		String note = requireText(reason);
		WaitingMentee mentee = suggestions.menteeInArea(officer, participantId);
		lockParticipant(participantId);
		MentorAssignment current = currentAssignment(participantId);
		mentors.lockAllInIdOrder(List.of(Math.min(current.getMentorId(), mentorId),
				Math.max(current.getMentorId(), mentorId)));
		Mentor mentor = checkedMentor(mentee, mentorId, current.getMentorId());
		Optional<MentorChangeRequest> request = requests.findByParticipantIdAndResolvedAtIsNull(participantId);
		end(officer, current, request.isPresent() ? EndReason.MENTEE_REQUEST : EndReason.REASSIGNED, note,
				mentee.fullName());
		request.ifPresent(r -> r.resolve(ChangeRequestState.REASSIGNED, officer.accountId(), note, now()));
		start(officer, mentee, mentor, note);
	}

	/** Ends a participant's mentoring without a new mentor: finished, or the participant stopped taking part. */
	public void end(PortalUser officer, long participantId, EndReason reason, String note) {
		if (!EndReason.FOR_ENDING.contains(reason)) {
			throw new IllegalArgumentException("not a reason to end mentoring: " + reason);
		}
		String text = requireText(note);
		WaitingMentee mentee = suggestions.menteeInArea(officer, participantId);
		lockParticipant(participantId);
		MentorAssignment current = currentAssignment(participantId);
		mentors.lockAllInIdOrder(List.of(current.getMentorId()));
		end(officer, current, reason, text, mentee.fullName());
		requests.findByParticipantIdAndResolvedAtIsNull(participantId)
			.ifPresent(r -> r.resolve(ChangeRequestState.DECLINED, officer.accountId(), text, now()));
	}

	/** Declines an entrepreneur's open request for another mentor, with a note they will read. */
	public void declineRequest(PortalUser officer, long participantId, String note) {
		String text = requireText(note);
		suggestions.menteeInArea(officer, participantId);
		MentorChangeRequest request = requests.findByParticipantIdAndResolvedAtIsNull(participantId)
			.orElseThrow(NotFoundException::new);
		request.resolve(ChangeRequestState.DECLINED, officer.accountId(), text, now());
		accountOfParticipant(participantId).ifPresent(account -> notices.send(account, NoticeKind.CHANGE_DECLINED,
				"/me/mentoring", null, text));
	}

	/**
	 * Assigns each pair (participant id, mentor id) in its own transaction, so that a mentor who filled up since the
	 * preview stops only the pairs beyond their capacity.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult assignAll(PortalUser officer, Map<Long, Long> mentorByParticipant) {
		int assigned = 0;
		List<BulkResult.Failure> failures = new ArrayList<>();
		Map<Long, String> names = suggestions.names(mentorByParticipant.keySet());
		for (Map.Entry<Long, Long> pair : mentorByParticipant.entrySet()) {
			try {
				transactions.executeWithoutResult(status -> assign(officer, pair.getKey(), pair.getValue()));
				assigned++;
			}
			catch (MentoringException ex) {
				failures.add(new BulkResult.Failure(pair.getKey(), names.getOrDefault(pair.getKey(), ""),
						ex.messageKey()));
			}
			catch (NotFoundException ex) {
				failures.add(new BulkResult.Failure(pair.getKey(), names.getOrDefault(pair.getKey(), ""),
						"mentoring.bulk.notFound"));
			}
		}
		return new BulkResult(assigned, failures);
	}

	/** The mentor, locked, when they may take this mentee: in the area and on the track, not paused, not full. */
	private Mentor checkedMentor(WaitingMentee mentee, long mentorId, Long currentMentor) {
		if (!mentee.assessed()) {
			throw new MentoringException("mentoring.assign.notAssessed");
		}
		Mentor mentor = mentors.lockById(mentorId).orElseThrow(NotFoundException::new);
		Candidate candidate = suggestions.candidate(mentorId).orElseThrow(NotFoundException::new);
		MenteeNeeds needs = suggestions.needs(mentee, currentMentor);
		if (!SuggestionRanking.considered(needs, candidate)) {
			throw new NotFoundException();
		}
		if (currentMentor != null && currentMentor == mentorId) {
			throw new MentoringException("mentoring.reassign.same");
		}
		mentor.checkTakesNewMentee();
		return mentor;
	}

	private void start(PortalUser officer, WaitingMentee mentee, Mentor mentor, String note) {
		try {
			assignments.saveAndFlush(new MentorAssignment(mentee.participantId(), mentor.getId(), mentee.track(),
					officer.accountId(), note, now()));
		}
		catch (DataIntegrityViolationException ex) {
			throw refusal(ex);
		}
		accountOfParticipant(mentee.participantId()).ifPresent(account -> notices.send(account,
				NoticeKind.MENTOR_ASSIGNED, "/me/mentoring", null, mentor.getFullName()));
		notices.send(mentor.getAccountId(), NoticeKind.MENTEE_ASSIGNED, "/mentor/mentees/" + mentee.participantId(),
				null, mentee.fullName());
	}

	/** Ends the assignment now (written at once, so that the next one may start in the same transaction). */
	private void end(PortalUser officer, MentorAssignment current, EndReason reason, String note,
			String participantName) {
		current.end(reason, note, officer.accountId(), now());
		assignments.flush();
		notices.send(mentors.getReferenceById(current.getMentorId()).getAccountId(), NoticeKind.MENTEE_ENDED, "/mentor",
				null, participantName);
	}

	/** The database's own refusal, when it had to decide (the checks above make this rare). */
	static MentoringException refusal(DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMessage()) + " " + String.valueOf(ex.getMostSpecificCause().getMessage());
		if (message.contains("mentor_capacity_holds")) {
			return MentoringException.mentorFull();
		}
		if (message.contains("mentor_not_paused")) {
			return MentoringException.mentorPaused();
		}
		if (message.contains("mentor_assignment_active_uq")) {
			return MentoringException.alreadyAssigned();
		}
		throw ex;
	}

	private MentorAssignment currentAssignment(long participantId) {
		return assignments.findByParticipantIdAndEndedAtIsNull(participantId)
			.orElseThrow(() -> new MentoringException("mentoring.reassign.none"));
	}

	private void lockParticipant(long participantId) {
		locks.lock(AdvisoryLocks.Namespace.MENTOR_ASSIGNMENT, participantId);
	}

	private Optional<Long> accountOfParticipant(long participantId) {
		return jdbc.sql("select account_id from participant_directory where id = :id and account_id is not null")
			.param("id", participantId)
			.query(Long.class)
			.optional();
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private static String requireText(String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.length() < 10 || stripped.length() > 500) {
			throw new MentoringException("mentoring.reason.length");
		}
		return stripped;
	}

}
