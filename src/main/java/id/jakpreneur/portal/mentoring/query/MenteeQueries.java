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
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import id.jakpreneur.portal.mentoring.domain.AttentionRule;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.domain.MentoringSettings;

/**
 * What a mentor may see of participants: their own current mentees only (anyone else answers "not found"), since
 * the entrepreneur module's records refuse mentors by design. Also tells the assessment module which participants a
 * mentor may assess after a visit ({@link MentorAccess}).
 */
@Service
@Transactional(readOnly = true)
public class MenteeQueries implements MentorAccess {

	private final JdbcTemplate jdbc;

	private final AssessmentReference reference;

	private final MentoringSettings settings;

	private final SessionQueries sessions;

	private final Clock clock;

	MenteeQueries(JdbcTemplate jdbc, AssessmentReference reference, MentoringSettings settings,
			SessionQueries sessions, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.reference = reference;
		this.settings = settings;
		this.sessions = sessions;
	}

	/**
	 * The mentor's current mentees, those who need attention first (most reasons first), then by name: one statement.
	 * Not paged: a mentor never has more mentees than their capacity, at most 50 (a check in the database).
	 */
	public List<MenteeSummary> mentees(PortalUser mentor) {
		LocalDate today = LocalDate.now(clock);
		List<MenteeSummary> rows = jdbc.query("""
				select p.id, p.full_name, p.village_code, p.business_name, p.fostering_agency, c.phase, a.track,
				       a.assigned_at,
				       (select max(s.held_on) from mentoring_session s where s.participant_id = p.id),
				       (select max(s.sales_month) from mentoring_session s where s.participant_id = p.id),
				       (select count(*) from mentoring_action x where x.participant_id = p.id and x.done_at is null
				        and x.due_on < ?),
				       array(select st.step || ' ' || to_char(st.since at time zone 'Asia/Jakarta', 'YYYY-MM-DD')
				             from participant_step st where st.participant_id = p.id and st.status = 'NEEDED')::text[]
				from mentor_assignment a join mentor m on m.id = a.mentor_id join participant p on p.id = a.participant_id
				left join assessment_current c on c.participant_id = p.id
				where m.account_id = ? and a.ended_at is null
				""", (rs, n) -> {
					LocalDate assignedOn = rs.getTimestamp(8).toInstant().atZone(Jakarta.ZONE).toLocalDate();
					Date last = rs.getDate(9);
					Date salesMonth = rs.getDate(10);
					Map<StepCode, LocalDate> needed = new EnumMap<>(StepCode.class);
					for (String entry : MentorManagement.strings(rs, 12)) {
						String[] parts = entry.split(" ");
						needed.put(StepCode.valueOf(parts[0]), LocalDate.parse(parts[1]));
					}
					StepCode current = currentStep(rs.getString(5), needed);
					AttentionRule.Progress progress = new AttentionRule.Progress(assignedOn,
							last == null ? null : last.toLocalDate(),
							salesMonth == null ? null : YearMonth.from(salesMonth.toLocalDate()), rs.getInt(11),
							current == null ? null : needed.get(current));
					String phase = rs.getString(6);
					return new MenteeSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							phase == null ? null : Phase.valueOf(phase), Track.valueOf(rs.getString(7)), assignedOn,
							progress.lastSessionOn(), progress.lastSalesMonth(), progress.overdueActions(), current,
							progress.currentStepSince(), AttentionRule.of(progress, today, settings));
				}, Date.valueOf(today), mentor.accountId());
		return rows.stream()
			.sorted(Comparator.comparingInt((MenteeSummary m) -> m.attention().size())
				.reversed()
				.thenComparing(MenteeSummary::fullName)
				.thenComparingLong(MenteeSummary::participantId))
			.toList();
	}

	/** One of the mentor's current mentees; anyone else answers "not found". */
	public MenteeDetail mentee(PortalUser mentor, long participantId) {
		if (mentor.role() != Role.MENTOR) {
			throw new NotFoundException();
		}
		return jdbc.query("""
				select p.id, p.full_name, p.phone, p.address, p.village_code, p.business_name, p.sector, p.products,
				       p.monthly_sales, c.phase, a.track, a.assigned_at
				from mentor_assignment a join mentor m on m.id = a.mentor_id join participant p on p.id = a.participant_id
				left join assessment_current c on c.participant_id = p.id
				where m.account_id = ? and a.participant_id = ? and a.ended_at is null
				""", (rs, n) -> new MenteeDetail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), Sector.valueOf(rs.getString(7)), rs.getString(8), rs.getLong(9),
				rs.getString(10) == null ? null : Phase.valueOf(rs.getString(10)), Track.valueOf(rs.getString(11)),
				rs.getTimestamp(12).toInstant().atZone(Jakarta.ZONE).toLocalDate()), mentor.accountId(),
				participantId).stream().findFirst().orElseThrow(NotFoundException::new);
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
		return jdbc.queryForList("""
				select p.full_name from mentor_assignment a join mentor m on m.id = a.mentor_id
				join participant p on p.id = a.participant_id
				where m.account_id = ? and a.participant_id = ? and a.ended_at is null
				""", String.class, mentorAccountId, participantId).stream().findFirst();
	}

	/** The first step the participant still needs, in their agency's order. */
	private StepCode currentStep(String agency, Map<StepCode, LocalDate> needed) {
		for (StepDefinition step : reference.stepsOf(agency)) {
			if (needed.containsKey(step.step())) {
				return step.step();
			}
		}
		return null;
	}

}
