package id.jakpreneur.portal.mentoring.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import id.jakpreneur.portal.mentoring.domain.Areas;
import id.jakpreneur.portal.mentoring.domain.BulkPlanner;
import id.jakpreneur.portal.mentoring.domain.Candidate;
import id.jakpreneur.portal.mentoring.domain.EndReason;
import id.jakpreneur.portal.mentoring.domain.MenteeNeeds;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.domain.MentoringSettings;
import id.jakpreneur.portal.mentoring.domain.Suggestion;
import id.jakpreneur.portal.mentoring.domain.SuggestionRanking;

/**
 * The officer's side of assignment, read only: the queue of the area's participants who need mentoring and have no
 * mentor yet, the page of one participant, and the bulk preview, each with ranked suggestions
 * ({@link SuggestionRanking}). The candidates of a whole page come from one SQL statement (mentor, mentor_track,
 * mentor_district and the load counter), so a page costs the same few statements whatever the number of mentors or
 * participants. It reads the participant and assessment tables of other modules in SQL, never writes them.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentQueries {

	/** Suggestions shown beside each participant of the queue. */
	public static final int QUEUE_SUGGESTIONS = 3;

	static final String MENTEE_COLUMNS = """
			p.id, p.full_name, p.village_code, p.district_code, p.business_name, c.phase, c.track, c.priority,
			c.waiting_since, pref.language,
			array(select h.mentor_id from mentor_assignment h where h.participant_id = p.id and h.ended_at is not null
			      and h.end_reason <> 'MENTEE_REQUEST')::bigint[],
			array(select h.mentor_id from mentor_assignment h where h.participant_id = p.id
			      and h.end_reason = 'MENTEE_REQUEST')::bigint[]""";

	private static final String CANDIDATES = """
			select m.id, m.full_name, m.kind, m.languages, m.active_mentees, m.capacity, m.paused,
			       array(select t.track from mentor_track t where t.mentor_id = m.id)::text[],
			       array(select d.district_code from mentor_district d where d.mentor_id = m.id)::text[]
			from mentor m
			where not m.paused and m.active_mentees < m.capacity and m.id in (
			    select d.mentor_id from mentor_district d where d.district_code = any (?)
			    union
			    select t.mentor_id from mentor_track t join mentor_district d on d.mentor_id = t.mentor_id
			    where t.track = any (?) and d.district_code = any (?)
			    union
			    select unnest(?::bigint[]))
			""";

	private final JdbcTemplate jdbc;

	private final Areas areas;

	private final MentoringSettings settings;

	AssignmentQueries(JdbcTemplate jdbc, Areas areas, MentoringSettings settings) {
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
				 from assessment_current c join participant p on p.id = c.participant_id
				left join mentee_preference pref on pref.participant_id = p.id
				where c.waiting_since is not null
				  and not exists (select 1 from mentor_assignment a where a.participant_id = c.participant_id
				                  and a.ended_at is null)""");
		List<Object> args = new ArrayList<>();
		if (track != null) {
			sql.append(" and c.track = ?");
			args.add(track.name());
		}
		if (officer.role() != Role.ADMIN) {
			sql.append(" and p.district_code = any (?)");
			args.add(areas.districtsOf(officer).toArray(String[]::new));
		}
		if (from != null) {
			sql.append(backwards ? " and (c.track, c.waiting_since, c.participant_id) < (?, ?, ?)"
					: " and (c.track, c.waiting_since, c.participant_id) > (?, ?, ?)");
			args.add(from.track().name());
			args.add(OffsetDateTime.ofInstant(from.waitingSince(), ZoneOffset.UTC));
			args.add(from.participantId());
		}
		sql.append(backwards ? " order by c.track desc, c.waiting_since desc, c.participant_id desc"
				: " order by c.track, c.waiting_since, c.participant_id");
		// The limit is written into the statement, not bound: with a bound limit, PostgreSQL's generic plan for the
		// prepared statement cannot tell that only a page is wanted and reads the queue with parallel workers.
		sql.append(" limit ").append(size + 1);
		List<WaitingMentee> rows = jdbc.query(sql.toString(), AssignmentQueries::mentee, args.toArray());
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

	/** Open requests for another mentor from participants of the officer's area, oldest first. */
	public List<ChangeRequestView> openRequests(PortalUser officer, int limit) {
		requireStaff(officer);
		return jdbc.query("""
				select r.id, p.id, p.full_name, p.village_code, m.full_name, r.reason, r.requested_at
				from mentor_change_request r join participant p on p.id = r.participant_id
				join mentor_assignment a on a.id = r.assignment_id join mentor m on m.id = a.mentor_id
				where r.resolved_at is null and p.district_code = any (?)
				order by r.requested_at, r.id limit ?
				""", AssignmentQueries::request, areas.districtsOf(officer).toArray(String[]::new), limit);
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
		List<WaitingMentee> mentees = jdbc.query("select " + MENTEE_COLUMNS + """
				 from assessment_current c join participant p on p.id = c.participant_id
				left join mentee_preference pref on pref.participant_id = p.id
				where p.id = any (?) and p.district_code = any (?)
				  and not exists (select 1 from mentor_assignment a where a.participant_id = p.id and a.ended_at is null)
				order by c.track, c.waiting_since, c.participant_id limit 100
				""", AssignmentQueries::mentee, participantIds.toArray(Long[]::new),
				areas.districtsOf(officer).toArray(String[]::new));
		List<MenteeNeeds> needs = mentees.stream().map(m -> needs(m, null)).toList();
		return BulkPlanner.plan(needs, candidates(mentees), QUEUE_SUGGESTIONS);
	}

	/** Names of participants, for pages that list proposals or failures. */
	public Map<Long, String> names(Collection<Long> participantIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!participantIds.isEmpty()) {
			jdbc.query("select id, full_name from participant where id = any (?)",
					rs -> {
						names.put(rs.getLong(1), rs.getString(2));
					}, (Object) participantIds.toArray(Long[]::new));
		}
		return names;
	}

	/** A participant of the officer's area, assessed or not; others answer "not found". */
	public WaitingMentee menteeInArea(PortalUser officer, long participantId) {
		requireStaff(officer);
		return jdbc.query("select " + MENTEE_COLUMNS + """
				 from participant p left join assessment_current c on c.participant_id = p.id
				left join mentee_preference pref on pref.participant_id = p.id
				where p.id = ? and p.district_code = any (?)
				""", AssignmentQueries::mentee, participantId, areas.districtsOf(officer).toArray(String[]::new))
			.stream()
			.findFirst()
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
		return jdbc.query(CANDIDATES, AssignmentQueries::candidate, districts.toArray(String[]::new),
				tracks.toArray(String[]::new), nearby.toArray(String[]::new), past.toArray(Long[]::new));
	}

	/** One mentor as a candidate, locked for the rest of the transaction; paused or full ones too. */
	public Optional<Candidate> lockCandidate(long mentorId) {
		return jdbc.query("""
				select m.id, m.full_name, m.kind, m.languages, m.active_mentees, m.capacity, m.paused,
				       array(select t.track from mentor_track t where t.mentor_id = m.id)::text[],
				       array(select d.district_code from mentor_district d where d.mentor_id = m.id)::text[]
				from mentor m where m.id = ? for update
				""", AssignmentQueries::candidate, mentorId).stream().findFirst();
	}

	public List<AssignmentView> history(long participantId) {
		return jdbc.query("""
				select a.id, a.mentor_id, m.full_name, a.track, a.assigned_at, who.full_name, a.assign_note, a.ended_at,
				       ender.full_name, a.end_reason, a.end_note
				from mentor_assignment a join mentor m on m.id = a.mentor_id
				join account who on who.id = a.assigned_by left join account ender on ender.id = a.ended_by
				where a.participant_id = ? order by a.assigned_at desc, a.id desc limit 50
				""", (rs, n) -> new AssignmentView(rs.getLong(1), rs.getLong(2), rs.getString(3),
				Track.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
				instant(rs.getTimestamp(8)), rs.getString(9),
				rs.getString(10) == null ? null : EndReason.valueOf(rs.getString(10)), rs.getString(11)),
				participantId);
	}

	public Optional<ChangeRequestView> openRequest(long participantId) {
		return jdbc.query("""
				select r.id, p.id, p.full_name, p.village_code, m.full_name, r.reason, r.requested_at
				from mentor_change_request r join participant p on p.id = r.participant_id
				join mentor_assignment a on a.id = r.assignment_id join mentor m on m.id = a.mentor_id
				where r.participant_id = ? and r.resolved_at is null
				""", AssignmentQueries::request, participantId).stream().findFirst();
	}

	private static ChangeRequestView request(ResultSet rs, int n) throws SQLException {
		return new ChangeRequestView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getTimestamp(7).toInstant());
	}

	static WaitingMentee mentee(ResultSet rs, int n) throws SQLException {
		String phase = rs.getString(6);
		String track = rs.getString(7);
		String priority = rs.getString(8);
		String language = rs.getString(10);
		return new WaitingMentee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				phase == null ? null : Phase.valueOf(phase), track == null ? null : Track.valueOf(track),
				priority == null ? null : Priority.valueOf(priority), instant(rs.getTimestamp(9)),
				language == null ? null : MentorLanguage.valueOf(language), longs(rs, 11), longs(rs, 12));
	}

	static Candidate candidate(ResultSet rs, int n) throws SQLException {
		Set<MentorLanguage> languages = EnumSet.noneOf(MentorLanguage.class);
		for (String l : MentorManagement.strings(rs, 4)) {
			languages.add(MentorLanguage.valueOf(l));
		}
		Set<Track> tracks = EnumSet.noneOf(Track.class);
		for (String t : MentorManagement.strings(rs, 8)) {
			tracks.add(Track.valueOf(t));
		}
		return new Candidate(rs.getLong(1), rs.getString(2), MentorKind.valueOf(rs.getString(3)), tracks,
				Set.of(MentorManagement.strings(rs, 9)), languages, rs.getInt(5), rs.getInt(6), rs.getBoolean(7));
	}

	private static Set<Long> longs(ResultSet rs, int column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		Set<Long> values = new HashSet<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add(((Number) value).longValue());
			}
		}
		return values;
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static void requireStaff(PortalUser user) {
		if (user.role() != Role.OFFICER && user.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
	}

}
