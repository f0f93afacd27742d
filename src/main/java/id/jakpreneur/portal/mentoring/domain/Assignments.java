package id.jakpreneur.portal.mentoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import id.jakpreneur.portal.mentoring.NoticeKind;
import id.jakpreneur.portal.mentoring.Notices;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import id.jakpreneur.portal.mentoring.query.ChangeRequestView;
import id.jakpreneur.portal.mentoring.query.WaitingMentee;

/**
 * Assigns mentors, reassigns them with a reason, ends mentoring, and answers entrepreneurs' requests for another
 * mentor; officers only for participants of their area. Capacity holds under concurrency in two layers: the mentor's
 * row is locked ({@code SELECT ... FOR UPDATE}) before its load is checked, so a second officer assigning to the same
 * mentor at the same moment waits and then sees the seat taken; and the database refuses, whatever the caller did,
 * an assignment beyond capacity or to a paused mentor (the trigger on {@code mentor_assignment} and the check
 * {@code mentor_capacity_holds}). Changes of one participant's mentor are serialised by an advisory lock.
 */
@Service
@Transactional
public class Assignments {

	/** Namespace of this module's advisory locks on participants (the first key of PostgreSQL's two-key form). */
	static final int LOCK_NAMESPACE = 0x4d454e54;

	private final JdbcClient jdbc;

	private final AssignmentQueries suggestions;

	private final Notices notices;

	private final TransactionTemplate transactions;

	Assignments(JdbcClient jdbc, AssignmentQueries suggestions, Notices notices, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.suggestions = suggestions;
		this.notices = notices;
		this.transactions = transactions;
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
		if (currentMentor(participantId) != null) {
			throw MentoringException.alreadyAssigned();
		}
		Candidate mentor = checkedMentor(mentee, mentorId, null);
		insert(officer, mentee, mentor, null);
	}

	/**
	 * Gives a participant another mentor, with the officer's reason; the current assignment ends as REASSIGNED, or as
	 * MENTEE_REQUEST when the entrepreneur asked for it (their open request is then resolved).
	 */
	public void reassign(PortalUser officer, long participantId, long mentorId, String reason) {
		String note = requireText(reason);
		WaitingMentee mentee = suggestions.menteeInArea(officer, participantId);
		lockParticipant(participantId);
		Long current = currentMentor(participantId);
		if (current == null) {
			throw new MentoringException("mentoring.reassign.none");
		}
		lockMentorsInOrder(current, mentorId);
		Candidate mentor = checkedMentor(mentee, mentorId, current);
		Long requestId = suggestions.openRequest(participantId).map(ChangeRequestView::id).orElse(null);
		end(officer, participantId, requestId != null ? EndReason.MENTEE_REQUEST : EndReason.REASSIGNED, note, current,
				mentee.fullName());
		if (requestId != null) {
			jdbc.sql("""
					update mentor_change_request set resolved_at = now(), resolved_by = :officer, resolution = 'REASSIGNED',
					    resolution_note = :note where id = :id
					""")
				.param("officer", officer.accountId())
				.param("note", note)
				.param("id", requestId)
				.update();
		}
		insert(officer, mentee, mentor, note);
	}

	/** Ends a participant's mentoring without a new mentor: finished, or the participant stopped taking part. */
	public void end(PortalUser officer, long participantId, EndReason reason, String note) {
		if (!EndReason.FOR_ENDING.contains(reason)) {
			throw new IllegalArgumentException("not a reason to end mentoring: " + reason);
		}
		String text = requireText(note);
		WaitingMentee mentee = suggestions.menteeInArea(officer, participantId);
		lockParticipant(participantId);
		Long current = currentMentor(participantId);
		if (current == null) {
			throw new MentoringException("mentoring.reassign.none");
		}
		lockMentorsInOrder(current, current);
		end(officer, participantId, reason, text, current, mentee.fullName());
		declineOpenRequest(officer, participantId, text);
	}

	/** Declines an entrepreneur's open request for another mentor, with a note they will read. */
	public void declineRequest(PortalUser officer, long participantId, String note) {
		String text = requireText(note);
		suggestions.menteeInArea(officer, participantId);
		if (declineOpenRequest(officer, participantId, text) == 0) {
			throw new NotFoundException();
		}
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

	private Candidate checkedMentor(WaitingMentee mentee, long mentorId, Long currentMentor) {
		if (!mentee.assessed()) {
			throw new MentoringException("mentoring.assign.notAssessed");
		}
		Candidate mentor = suggestions.lockCandidate(mentorId).orElseThrow(NotFoundException::new);
		MenteeNeeds needs = suggestions.needs(mentee, currentMentor);
		if (!SuggestionRanking.considered(needs, mentor)) {
			throw new NotFoundException();
		}
		if (currentMentor != null && currentMentor == mentorId) {
			throw new MentoringException("mentoring.reassign.same");
		}
		if (mentor.paused()) {
			throw MentoringException.mentorPaused();
		}
		if (mentor.freeSeats() == 0) {
			throw MentoringException.mentorFull();
		}
		return mentor;
	}

	private void insert(PortalUser officer, WaitingMentee mentee, Candidate mentor, String note) {
		try {
			jdbc.sql("""
					insert into mentor_assignment (participant_id, mentor_id, track, assigned_by, assign_note)
					values (:participantId, :mentorId, :track, :officer, :note)
					""")
				.param("participantId", mentee.participantId())
				.param("mentorId", mentor.mentorId())
				.param("track", mentee.track().name())
				.param("officer", officer.accountId())
				.param("note", note)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw refusal(ex);
		}
		accountOfParticipant(mentee.participantId()).ifPresent(account -> notices.send(account,
				NoticeKind.MENTOR_ASSIGNED, "/me/mentoring", null, mentor.fullName()));
		notices.send(accountOfMentor(mentor.mentorId()), NoticeKind.MENTEE_ASSIGNED,
				"/mentor/mentees/" + mentee.participantId(), null, mentee.fullName());
	}

	private void end(PortalUser officer, long participantId, EndReason reason, String note, long mentorId,
			String participantName) {
		jdbc.sql("""
				update mentor_assignment set ended_at = now(), ended_by = :officer, end_reason = :reason, end_note = :note
				where participant_id = :participantId and ended_at is null
				""")
			.param("officer", officer.accountId())
			.param("reason", reason.name())
			.param("note", note)
			.param("participantId", participantId)
			.update();
		notices.send(accountOfMentor(mentorId), NoticeKind.MENTEE_ENDED, "/mentor", null, participantName);
	}

	/** The database's own refusal, when it had to decide (the checks above make this rare). */
	static MentoringException refusal(DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMessage());
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

	private void lockParticipant(long participantId) {
		jdbc.sql("select pg_advisory_xact_lock(:namespace, :key)")
			.param("namespace", LOCK_NAMESPACE)
			.param("key", (int) (participantId % Integer.MAX_VALUE))
			.query(rs -> {
			});
	}

	/** Locks both mentors' rows in id order, so that two crossing reassignments cannot deadlock. */
	private void lockMentorsInOrder(long a, long b) {
		jdbc.sql("select id from mentor where id in (:low, :high) order by id for update")
			.param("low", Math.min(a, b))
			.param("high", Math.max(a, b))
			.query(rs -> {
			});
	}

	private Long currentMentor(long participantId) {
		return jdbc.sql("select mentor_id from mentor_assignment where participant_id = :id and ended_at is null")
			.param("id", participantId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private java.util.Optional<Long> accountOfParticipant(long participantId) {
		return jdbc.sql("select account_id from participant_card where id = :id and account_id is not null")
			.param("id", participantId)
			.query(Long.class)
			.optional();
	}

	private long accountOfMentor(long mentorId) {
		return jdbc.sql("select account_id from mentor where id = :id").param("id", mentorId).query(Long.class).single();
	}

	private int declineOpenRequest(PortalUser officer, long participantId, String note) {
		return jdbc.sql("""
				update mentor_change_request set resolved_at = now(), resolved_by = :officer, resolution = 'DECLINED',
				    resolution_note = :note where participant_id = :participantId and resolved_at is null
				""")
			.param("officer", officer.accountId())
			.param("note", note)
			.param("participantId", participantId)
			.update();
	}

	private static String requireText(String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.length() < 10 || stripped.length() > 500) {
			throw new MentoringException("mentoring.reason.length");
		}
		return stripped;
	}

}
