package id.jakpreneur.portal.mentoring.query;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.MentorAccess;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepDefinition;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.mentoring.domain.AttentionRule;
import id.jakpreneur.portal.mentoring.domain.MentoringSettings;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.TransactionMemo;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a mentor may see of participants: their own current mentees only (anyone else answers "not found"), since
 * the entrepreneur module's records refuse mentors by design. Also tells the assessment module which participants a
 * mentor may assess after a visit ({@link MentorAccess}).
 */
@Service
@Transactional(readOnly = true)
public class MenteeQueries implements MentorAccess {

	private final JdbcClient jdbc;

	private final AssessmentReference reference;

	private final MentoringSettings settings;

	private final SessionQueries sessions;

	private final Clock clock;

	MenteeQueries(JdbcClient jdbc, AssessmentReference reference, MentoringSettings settings,
			SessionQueries sessions, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.reference = reference;
		this.settings = settings;
		this.sessions = sessions;
	}

	/**
	 * The mentor's current mentees, those who need attention first (most reasons first), then by name: one statement.
	 * Not paged: a mentor never has more mentees than their capacity, at most 50 (a check in the database). The track
	 * is the mentee's current one (an officer's override included), the one at assignment only before any assessment.
	 */
	public List<MenteeSummary> mentees(PortalUser mentor) {
		LocalDate today = LocalDate.now(clock);
		List<MenteeSummary> rows = jdbc.sql("""
				select p.id, p.full_name, p.village_code, p.business_name, p.fostering_agency, c.phase,
				       coalesce(c.track, a.track) as track, coalesce(c.overridden, false) as overridden, a.assigned_at,
				       (select max(s.held_on) from mentoring_session s where s.participant_id = p.id) as last_session_on,
				       (select max(s.sales_month) from mentoring_session s where s.participant_id = p.id)
				           as last_sales_month,
				       (select count(*) from mentoring_action x where x.participant_id = p.id and x.done_at is null
				        and x.due_on < :today) as overdue_actions,
				       array(select st.step || ' ' || to_char(st.since at time zone 'Asia/Jakarta', 'YYYY-MM-DD')
				             from participant_step st where st.participant_id = p.id
				             and st.status = 'NEEDED')::text[] as needed_steps
				from mentor_assignment a join mentor m on m.id = a.mentor_id join participant_directory p on p.id = a.participant_id
				left join participant_standing c on c.participant_id = p.id
				where m.account_id = :mentorAccount and a.ended_at is null
				""")
			.param("today", Date.valueOf(today))
			.param("mentorAccount", mentor.accountId())
			.query((rs, n) -> {
				LocalDate assignedOn = Rows.instant(rs, "assigned_at").atZone(Jakarta.ZONE).toLocalDate();
				LocalDate salesMonth = Rows.date(rs, "last_sales_month");
				Map<StepCode, LocalDate> needed = new EnumMap<>(StepCode.class);
				for (String entry : Rows.strings(rs, "needed_steps")) {
					String[] parts = entry.split(" ");
					needed.put(StepCode.valueOf(parts[0]), LocalDate.parse(parts[1]));
				}
				Track track = Track.valueOf(rs.getString("track"));
				StepCode current = currentStep(rs.getString("fostering_agency"), rs.getBoolean("overridden") ? track : null,
						needed);
				AttentionRule.Progress progress = new AttentionRule.Progress(assignedOn,
						Rows.date(rs, "last_session_on"), salesMonth == null ? null : YearMonth.from(salesMonth),
						rs.getInt("overdue_actions"), current == null ? null : needed.get(current));
				return new MenteeSummary(rs.getLong("id"), rs.getString("full_name"), rs.getString("village_code"),
						rs.getString("business_name"), Rows.enumOrNull(rs, "phase", Phase::valueOf),
						track, assignedOn, progress.lastSessionOn(),
						progress.lastSalesMonth(), progress.overdueActions(), current, progress.currentStepSince(),
						AttentionRule.of(progress, today, settings));
			})
			.list();
		return rows.stream()
			.sorted(Comparator.comparingInt((MenteeSummary m) -> m.attention().size())
				.reversed()
				.thenComparing(MenteeSummary::fullName)
				.thenComparingLong(MenteeSummary::participantId))
			.toList();
	}

	/**
	 * One of the mentor's current mentees; anyone else answers "not found". Read once per read-only transaction: the
	 * mentee page checks it for the page, the sessions and the actions.
	 */
	public MenteeDetail mentee(PortalUser mentor, long participantId) {
		return currentMentee(mentor, participantId).orElseThrow(NotFoundException::new);
	}

	/** The participant when this mentor mentors them now; empty otherwise (and for anyone but a mentor). */
	public Optional<MenteeDetail> currentMentee(PortalUser mentor, long participantId) {
		if (mentor.role() != Role.MENTOR) {
			return Optional.empty();
		}
		return TransactionMemo.get(new MenteeOf(mentor.accountId(), participantId), () -> readMentee(mentor, participantId));
	}

	private record MenteeOf(long mentorAccountId, long participantId) {
	}

	private Optional<MenteeDetail> readMentee(PortalUser mentor, long participantId) {
		return jdbc.sql("""
				select p.id, p.full_name, p.phone, p.address, p.village_code, p.business_name, p.sector, p.products,
				       p.monthly_sales, c.phase, coalesce(c.track, a.track) as track, a.assigned_at
				from mentor_assignment a join mentor m on m.id = a.mentor_id join participant_directory p on p.id = a.participant_id
				left join participant_standing c on c.participant_id = p.id
				where m.account_id = :mentorAccount and a.participant_id = :participantId and a.ended_at is null
				""")
			.param("mentorAccount", mentor.accountId())
			.param("participantId", participantId)
			.query((rs, n) -> new MenteeDetail(rs.getLong("id"), rs.getString("full_name"), rs.getString("phone"),
					rs.getString("address"), rs.getString("village_code"), rs.getString("business_name"),
					Sector.valueOf(rs.getString("sector")), rs.getString("products"), rs.getLong("monthly_sales"),
					Rows.enumOrNull(rs, "phase", Phase::valueOf), Track.valueOf(rs.getString("track")),
					Rows.instant(rs, "assigned_at").atZone(Jakarta.ZONE).toLocalDate()))
			.optional();
	}

	/**
	 * The participant when this mentor mentored them before and does not any more (the page answers with that
	 * rather than "not found"); empty for a current mentee and for anyone never theirs.
	 */
	public Optional<FormerMentee> formerMentee(PortalUser mentor, long participantId) {
		if (mentor.role() != Role.MENTOR) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select p.id, p.full_name, a.ended_at, a.end_reason
				from mentor_assignment a join mentor m on m.id = a.mentor_id join participant_directory p on p.id = a.participant_id
				where m.account_id = :mentorAccount and a.participant_id = :participantId and a.ended_at is not null
				  and not exists (select 1 from mentor_assignment o where o.mentor_id = m.id
				                  and o.participant_id = a.participant_id and o.ended_at is null)
				order by a.ended_at desc limit 1
				""")
			.param("mentorAccount", mentor.accountId())
			.param("participantId", participantId)
			.query((rs, n) -> new FormerMentee(rs.getLong("id"), rs.getString("full_name"),
					Rows.instant(rs, "ended_at").atZone(Jakarta.ZONE).toLocalDate(), rs.getString("end_reason")))
			.optional();
	}

	/** The sessions of one of the mentor's mentees, newest first. */
	public Slice<SessionView> sessions(PortalUser mentor, long participantId, Pageable page) {
		mentee(mentor, participantId);
		return sessions.sessions(participantId, page);
	}

	/** The open actions of one of the mentor's mentees. */
	public List<ActionView> openActions(PortalUser mentor, long participantId) {
		mentee(mentor, participantId);
		return sessions.openActions(participantId);
	}

	@Override
	public Optional<String> menteeName(long mentorAccountId, long participantId) {
		return jdbc.sql("""
				select p.full_name from mentor_assignment a join mentor m on m.id = a.mentor_id
				join participant_directory p on p.id = a.participant_id
				where m.account_id = :mentorAccount and a.participant_id = :participantId and a.ended_at is null
				""")
			.param("mentorAccount", mentorAccountId)
			.param("participantId", participantId)
			.query(String.class)
			.optional();
	}

	/**
	 * The first step the participant still needs, in plan order: their agency's, or after an officer's override the
	 * overridden track's focus steps first ({@code AssessmentReference.planOf}), as on their home.
	 */
	private StepCode currentStep(String agency, Track overriddenTrack, Map<StepCode, LocalDate> needed) {
		for (StepDefinition step : reference.planOf(agency, overriddenTrack)) {
			if (needed.containsKey(step.step())) {
				return step.step();
			}
		}
		return null;
	}

}
