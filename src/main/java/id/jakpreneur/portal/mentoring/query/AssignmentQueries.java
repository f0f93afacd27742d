package id.jakpreneur.portal.mentoring.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.Areas;
import id.jakpreneur.portal.mentoring.domain.BulkPlanner;
import id.jakpreneur.portal.mentoring.domain.Candidate;
import id.jakpreneur.portal.mentoring.domain.EndReason;
import id.jakpreneur.portal.mentoring.domain.MenteeNeeds;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.MentoringSettings;
import id.jakpreneur.portal.mentoring.domain.Suggestion;
import id.jakpreneur.portal.mentoring.domain.SuggestionRanking;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of assignment, read only: the queue of the area's participants who need mentoring and have no
 * mentor yet, the page of one participant, and the bulk preview, each with ranked suggestions
 * ({@link SuggestionRanking}). The candidates of a whole page come from one SQL statement (mentor, mentor_track,
 * mentor_district and the load counter), so a page costs the same few statements whatever the number of mentors or
 * participants. It reads the participant and assessment tables of other modules in SQL, never writes them. Erased
 * participants (decision 109) are left out of the queue, its count and the bulk preview: no work is made for them.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentQueries {

	/** Suggestions shown beside each participant of the queue. */
	public static final int QUEUE_SUGGESTIONS = 3;

	static final String MENTEE_COLUMNS = """
			p.id as participant_id, p.full_name, p.village_code, p.district_code, p.business_name, c.phase, c.track,
			c.priority, c.waiting_since, pref.language,
			array(select h.mentor_id from mentor_assignment h where h.participant_id = p.id and h.ended_at is not null
			      and h.end_reason <> 'MENTEE_REQUEST')::bigint[] as past_mentors,
			array(select h.mentor_id from mentor_assignment h where h.participant_id = p.id
			      and h.end_reason = 'MENTEE_REQUEST')::bigint[] as avoided_mentors""";

	/** The columns {@link #candidate} reads, of {@code mentor m}. */
	public static final String CANDIDATE_COLUMNS = """
			m.id as mentor_id, m.full_name, m.kind, m.languages, m.active_mentees, m.capacity, m.paused,
			array(select t.track from mentor_track t where t.mentor_id = m.id)::text[] as tracks,
			array(select d.district_code from mentor_district d where d.mentor_id = m.id)::text[] as districts""";

	private static final String CANDIDATES = "select " + CANDIDATE_COLUMNS + """

			from mentor m
			where not m.paused and m.active_mentees < m.capacity and m.id in (
			    select d.mentor_id from mentor_district d where d.district_code = any (:districts)
			    union
			    select t.mentor_id from mentor_track t join mentor_district d on d.mentor_id = t.mentor_id
			    where t.track = any (:tracks) and d.district_code = any (:nearby)
			    union
			    select unnest(cast(:past as bigint[])))
			""";

	private final JdbcClient jdbc;

	private final Areas areas;

	private final MentoringSettings settings;

	AssignmentQueries(JdbcClient jdbc, Areas areas, MentoringSettings settings) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.settings = settings;
	}

	/**
	 * Participants of the officer's area whose latest assessment needs P3 Pendampingan and who have no mentor, by
	 * track and longest waiting first, each with the best {@value #QUEUE_SUGGESTIONS} suggestions: two statements
	 * per page. Pages start after (or, going back, before) a position in that order, never at an offset, so that a
	 * late page reads as few rows as the first: the queue index is read from the position onwards until the page is
	 * full of the area's waiting participants.
	 * @param after the next page's start (the last row of the page shown), or {@code null}
	 * @param before the previous page's end (the first row of the page shown), used when {@code after} is
	 * {@code null}
	 * @param number the page's number, for showing only
	 */
	public QueuePage queue(PortalUser officer, Track track, QueuePosition after, QueuePosition before, int number,
			int size) {
		requireStaff(officer);
		boolean backwards = after == null && before != null;
		QueuePosition from = backwards ? before : after;
		StringBuilder sql = new StringBuilder("select " + MENTEE_COLUMNS + """
				 from participant_standing c join participant_directory p on p.id = c.participant_id
				left join mentee_preference pref on pref.participant_id = p.id
				where c.waiting_since is not null and p.erased_at is null
				  and not exists (select 1 from mentor_assignment a where a.participant_id = c.participant_id
				                  and a.ended_at is null)""");
		Map<String, Object> params = new HashMap<>();
		if (track != null) {
			sql.append(" and c.track = :track");
			params.put("track", track.name());
		}
		if (officer.role() != Role.ADMIN) {
			sql.append(" and p.district_code = any (:districts)");
			params.put("districts", areas.districtsOf(officer).toArray(String[]::new));
		}
		if (from != null) {
			sql.append(backwards ? " and (c.track, c.waiting_since, c.participant_id) < (:fromTrack, :fromSince, :fromId)"
					: " and (c.track, c.waiting_since, c.participant_id) > (:fromTrack, :fromSince, :fromId)");
			params.put("fromTrack", from.track().name());
			params.put("fromSince", OffsetDateTime.ofInstant(from.waitingSince(), ZoneOffset.UTC));
			params.put("fromId", from.participantId());
		}
		sql.append(backwards ? " order by c.track desc, c.waiting_since desc, c.participant_id desc"
				: " order by c.track, c.waiting_since, c.participant_id");
		// The limit is written into the statement, not bound: with a bound limit, PostgreSQL's generic plan for the
		// prepared statement cannot tell that only a page is wanted and reads the queue with parallel workers.
		sql.append(" limit ").append(size + 1);
		List<WaitingMentee> rows = jdbc.sql(sql.toString()).params(params).query(AssignmentQueries::mentee).list();
		boolean more = rows.size() > size;
		List<WaitingMentee> mentees = new ArrayList<>(more ? rows.subList(0, size) : rows);
		if (backwards) {
			Collections.reverse(mentees);
		}
		List<Candidate> candidates = candidates(mentees);
		List<QueueEntry> entries = new ArrayList<>(mentees.size());
		for (WaitingMentee mentee : mentees) {
			entries.add(new QueueEntry(mentee, SuggestionRanking.rank(needs(mentee, null), candidates,
					QUEUE_SUGGESTIONS)));
		}
		if (mentees.isEmpty()) {
			return new QueuePage(entries, 0, null, null);
		}
		boolean previous = backwards ? more : from != null;
		boolean next = backwards || more;
		return new QueuePage(entries, previous ? Math.max(number, 1) : 0,
				previous ? QueuePosition.of(mentees.get(0)).token() : null,
				next ? QueuePosition.of(mentees.get(mentees.size() - 1)).token() : null);
	}

	/**
	 * How many participants of the officer's area wait for a mentor (the queue, every track) and how many open
	 * requests for another mentor there are, each up to {@link WorkInbox#COUNTED_UP_TO}: one statement.
	 */
	public Waiting countWaiting(PortalUser officer) {
		requireStaff(officer);
		String area = officer.role() == Role.ADMIN ? "" : " and p.district_code = any (:districts)";
		return jdbc.sql("select (select count(*) from (select 1 from participant_standing c join participant_directory p"
				+ " on p.id = c.participant_id where c.waiting_since is not null and p.erased_at is null"
				+ " and not exists (select 1 from"
				+ " mentor_assignment a where a.participant_id = c.participant_id and a.ended_at is null)" + area
				+ " limit :limit) w) as waiting, (select count(*) from (select 1 from mentor_change_request r"
				+ " join participant_directory p on p.id = r.participant_id where r.resolved_at is null" + area
				+ " limit :limit) q) as requests")
			.param("districts", areas.districtsOf(officer).toArray(String[]::new))
			.param("limit", WorkInbox.COUNTED_UP_TO)
			.query((rs, n) -> new Waiting(rs.getLong("waiting"), rs.getLong("requests")))
			.single();
	}

	/** How many wait for a mentor, and how many open requests for another mentor there are. */
	public record Waiting(long mentees, long changeRequests) {
	}

	/** Open requests for another mentor from participants of the officer's area, oldest first. */
	public List<ChangeRequestView> openRequests(PortalUser officer, int limit) {
		requireStaff(officer);
		return jdbc.sql("select " + REQUEST_COLUMNS + """

				from mentor_change_request r join participant_directory p on p.id = r.participant_id
				join mentor_assignment a on a.id = r.assignment_id join mentor m on m.id = a.mentor_id
				where r.resolved_at is null and p.district_code = any (:districts)
				order by r.requested_at, r.id limit :limit
				""")
			.param("districts", areas.districtsOf(officer).toArray(String[]::new))
			.param("limit", limit)
			.query(AssignmentQueries::request)
			.list();
	}

	/**
	 * One participant of the officer's area (others answer "not found"): who they are, their current mentor and open
	 * request, the ranked suggestions and the history of who mentored them. Four statements.
	 */
	public AssignPage page(PortalUser officer, long participantId) {
		WaitingMentee mentee = menteeInArea(officer, participantId);
		List<AssignmentView> history = history(participantId);
		AssignmentView current = history.stream().filter(AssignmentView::current).findFirst().orElse(null);
		ChangeRequestView request = current == null ? null : openRequest(participantId).orElse(null);
		List<Suggestion> suggestions = List.of();
		if (mentee.assessed()) {
			suggestions = SuggestionRanking.rank(needs(mentee, current == null ? null : current.mentorId()),
					candidates(List.of(mentee)), settings.suggestions());
		}
		return new AssignPage(mentee, current, request, suggestions, history);
	}

	/**
	 * The bulk assignment's preview: for each chosen participant of the area who still waits (others are left out),
	 * in the queue's order, a proposed mentor and alternatives, counting the seats the batch itself takes.
	 */
	public List<BulkPlanner.Proposal> preview(PortalUser officer, Collection<Long> participantIds) {
		requireStaff(officer);
		if (participantIds.isEmpty()) {
			return List.of();
		}
		List<WaitingMentee> mentees = jdbc.sql("select " + MENTEE_COLUMNS + """
				 from participant_standing c join participant_directory p on p.id = c.participant_id
				left join mentee_preference pref on pref.participant_id = p.id
				where p.id = any (:ids) and p.district_code = any (:districts) and p.erased_at is null
				  and not exists (select 1 from mentor_assignment a where a.participant_id = p.id and a.ended_at is null)
				order by c.track, c.waiting_since, c.participant_id limit 100
				""")
			.param("ids", participantIds.toArray(Long[]::new))
			.param("districts", areas.districtsOf(officer).toArray(String[]::new))
			.query(AssignmentQueries::mentee)
			.list();
		List<MenteeNeeds> needs = mentees.stream().map(m -> needs(m, null)).toList();
		return BulkPlanner.plan(needs, candidates(mentees), QUEUE_SUGGESTIONS);
	}

	/** Names of participants, for pages that list proposals or failures. */
	public Map<Long, String> names(Collection<Long> participantIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!participantIds.isEmpty()) {
			jdbc.sql("select id, full_name from participant_directory where id = any (:ids)")
				.param("ids", participantIds.toArray(Long[]::new))
				.query(rs -> {
					names.put(rs.getLong("id"), rs.getString("full_name"));
				});
		}
		return names;
	}

	/** A participant of the officer's area, assessed or not; others answer "not found". */
	public WaitingMentee menteeInArea(PortalUser officer, long participantId) {
		requireStaff(officer);
		return jdbc.sql("select " + MENTEE_COLUMNS + """
				 from participant_directory p left join participant_standing c on c.participant_id = p.id
				left join mentee_preference pref on pref.participant_id = p.id
				where p.id = :id and p.district_code = any (:districts)
				""")
			.param("id", participantId)
			.param("districts", areas.districtsOf(officer).toArray(String[]::new))
			.query(AssignmentQueries::mentee)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	public MenteeNeeds needs(WaitingMentee mentee, Long currentMentor) {
		return mentee.needs(areas.siblingsOf(mentee.districtCode()), currentMentor);
	}

	/** Mentors that could take any of these participants: one statement. */
	public List<Candidate> candidates(Collection<WaitingMentee> mentees) {
		Set<String> districts = new TreeSet<>();
		Set<String> nearby = new TreeSet<>();
		Set<String> tracks = new TreeSet<>();
		Set<Long> past = new HashSet<>();
		for (WaitingMentee mentee : mentees) {
			if (!mentee.assessed()) {
				continue;
			}
			districts.add(mentee.districtCode());
			nearby.addAll(areas.siblingsOf(mentee.districtCode()));
			tracks.add(mentee.track().name());
			past.addAll(mentee.pastMentors());
		}
		if (districts.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(CANDIDATES)
			.param("districts", districts.toArray(String[]::new))
			.param("tracks", tracks.toArray(String[]::new))
			.param("nearby", nearby.toArray(String[]::new))
			.param("past", past.toArray(Long[]::new))
			.query(AssignmentQueries::candidate)
			.list();
	}

	/** One mentor as a candidate, paused or full ones too (the caller has locked the mentor's row). */
	public Optional<Candidate> candidate(long mentorId) {
		return jdbc.sql("select " + CANDIDATE_COLUMNS + " from mentor m where m.id = :id")
			.param("id", mentorId)
			.query(AssignmentQueries::candidate)
			.optional();
	}

	public List<AssignmentView> history(long participantId) {
		return jdbc.sql("""
				select a.id, a.mentor_id, m.full_name as mentor_name, a.track, a.assigned_at,
				       who.full_name as assigned_by_name, a.assign_note, a.ended_at, ender.full_name as ended_by_name,
				       a.end_reason, a.end_note
				from mentor_assignment a join mentor m on m.id = a.mentor_id
				join account_directory who on who.id = a.assigned_by left join account_directory ender on ender.id = a.ended_by
				where a.participant_id = :participantId order by a.assigned_at desc, a.id desc limit 50
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new AssignmentView(rs.getLong("id"), rs.getLong("mentor_id"), rs.getString("mentor_name"),
					Track.valueOf(rs.getString("track")), Rows.instant(rs, "assigned_at"),
					rs.getString("assigned_by_name"), rs.getString("assign_note"), Rows.instant(rs, "ended_at"),
					rs.getString("ended_by_name"), Rows.enumOrNull(rs, "end_reason", EndReason::valueOf),
					rs.getString("end_note")))
			.list();
	}

	public Optional<ChangeRequestView> openRequest(long participantId) {
		return jdbc.sql("select " + REQUEST_COLUMNS + """

				from mentor_change_request r join participant_directory p on p.id = r.participant_id
				join mentor_assignment a on a.id = r.assignment_id join mentor m on m.id = a.mentor_id
				where r.participant_id = :participantId and r.resolved_at is null
				""")
			.param("participantId", participantId)
			.query(AssignmentQueries::request)
			.optional();
	}

	private static final String REQUEST_COLUMNS = """
			r.id, p.id as participant_id, p.full_name as participant_name, p.village_code, m.full_name as mentor_name,
			r.reason, r.requested_at""";

	private static ChangeRequestView request(ResultSet rs, int n) throws SQLException {
		return new ChangeRequestView(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("participant_name"),
				rs.getString("village_code"), rs.getString("mentor_name"), rs.getString("reason"),
				Rows.instant(rs, "requested_at"));
	}

	static WaitingMentee mentee(ResultSet rs, int n) throws SQLException {
		return new WaitingMentee(rs.getLong("participant_id"), rs.getString("full_name"), rs.getString("village_code"),
				rs.getString("district_code"), rs.getString("business_name"),
				Rows.enumOrNull(rs, "phase", Phase::valueOf), Rows.enumOrNull(rs, "track", Track::valueOf),
				Rows.enumOrNull(rs, "priority", Priority::valueOf), Rows.instant(rs, "waiting_since"),
				Rows.enumOrNull(rs, "language", MentorLanguage::valueOf), Rows.longs(rs, "past_mentors"),
				Rows.longs(rs, "avoided_mentors"));
	}

	/** A mentor as a candidate, from {@link #CANDIDATE_COLUMNS}. */
	public static Candidate candidate(ResultSet rs, int n) throws SQLException {
		return new Candidate(rs.getLong("mentor_id"), rs.getString("full_name"), MentorKind.valueOf(rs.getString("kind")),
				Rows.enums(rs, "tracks", Track.class), Set.of(Rows.strings(rs, "districts")),
				Rows.enums(rs, "languages", MentorLanguage.class), rs.getInt("active_mentees"), rs.getInt("capacity"),
				rs.getBoolean("paused"));
	}

	static void requireStaff(PortalUser user) {
		if (user.role() != Role.OFFICER && user.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
	}

}
