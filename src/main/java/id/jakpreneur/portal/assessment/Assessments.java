package id.jakpreneur.portal.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.domain.AssessmentStore;
import id.jakpreneur.portal.assessment.domain.StoredAssessment;
import id.jakpreneur.portal.assessment.query.AssessmentHistoryEntry;
import id.jakpreneur.portal.assessment.query.AssessmentQueries;
import id.jakpreneur.portal.assessment.query.PhaseChange;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules and pages may know about assessments: a participant's latest result and phase, their history
 * and phase changes, their steps in their agency's order, and the mentor-assignment queue. Each method is one or
 * two SQL statements whatever the data size. Except for the queue, which is limited to the caller's area, these
 * methods do not check who is asking: callers first open the participant through
 * {@code entrepreneur.ParticipantRecords}, which does.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

	private final JdbcTemplate jdbc;

	private final AssessmentStore store;

	private final AssessmentQueries queries;

	private final AssessmentReference reference;

	private final RegionDirectory regions;

	Assessments(JdbcTemplate jdbc, AssessmentStore store, AssessmentQueries queries, AssessmentReference reference,
			RegionDirectory regions) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.store = store;
		this.reference = reference;
		this.regions = regions;
	}

	public Optional<AssessmentSummary> latest(long participantId) {
		return store.latest(participantId).map(StoredAssessment::summary);
	}

	/** The answers of the latest assessment, to start the next questionnaire from. */
	public Optional<Answers> latestAnswers(long participantId) {
		return store.latest(participantId).map(StoredAssessment::answers);
	}

	/**
	 * What a new questionnaire starts from: the latest assessment's answers, or what the profile alone says for a
	 * participant never assessed (empty only for an unknown participant).
	 */
	public Optional<Answers> startingAnswers(long participantId) {
		return latestAnswers(participantId).or(() -> store.profileAnswers(participantId));
	}

	public Optional<Phase> currentPhase(long participantId) {
		return queries.currentPhase(participantId);
	}

	/** The current phase of each participant that has one, in one query. */
	public Map<Long, Phase> currentPhases(Collection<Long> participantIds) {
		return queries.currentPhases(participantIds);
	}

	/** The participant's assessments, newest first, with who made them: one count and one select. */
	public Page<AssessmentHistoryEntry> history(long participantId, Pageable page) {
		return queries.history(participantId, page);
	}

	/** The participant's latest 100 phase changes, newest first. */
	public List<PhaseChange> phaseChanges(long participantId) {
		return queries.phaseChanges(participantId);
	}

	/**
	 * The 7 steps in the order the participant's agency runs them, each with where the participant stands (NEEDED
	 * for every step before the first assessment).
	 */
	public List<PlannedStep> plan(long participantId, String agencyCode) {
		return queries.plan(participantId, reference.stepsOf(agencyCode));
	}

	/**
	 * The mentor-assignment queue: participants of the caller's area whose latest assessment needs P3 Pendampingan,
	 * grouped by track, longest waiting first. One query per page; pages are slices (previous / next), because an
	 * exact count over a whole kota would cost more than the page.
	 */
	public Slice<WaitingParticipant> waitingForMentor(PortalUser officer, Pageable page) {
		return waitingForMentor(officer, null, page);
	}

	/** The queue of one track, or of every track when {@code track} is {@code null}. */
	public Slice<WaitingParticipant> waitingForMentor(PortalUser officer, Track track, Pageable page) {
		StringBuilder sql = new StringBuilder("""
				select p.id, p.full_name, p.village_code, c.phase, c.track, c.priority, c.waiting_since
				from assessment_current c join participant p on p.id = c.participant_id
				where c.waiting_since is not null""");
		List<Object> args = new ArrayList<>();
		if (track != null) {
			sql.append(" and c.track = ?");
			args.add(track.name());
		}
		if (officer.role() != Role.ADMIN) {
			sql.append(" and p.district_code = any (?)");
			args.add(districtsOf(officer.areaCodes()).toArray(String[]::new));
		}
		sql.append(" order by c.track, c.waiting_since, c.participant_id limit ? offset ?");
		args.add(page.getPageSize() + 1);
		args.add(page.getOffset());
		List<WaitingParticipant> rows = jdbc.query(sql.toString(),
				(rs, n) -> new WaitingParticipant(rs.getLong(1), rs.getString(2), rs.getString(3),
						Phase.valueOf(rs.getString(4)), Track.valueOf(rs.getString(5)),
						Priority.valueOf(rs.getString(6)), AssessmentStore.instant(rs, 7)),
				args.toArray());
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	/** An area's kota codes expanded to their kecamatan, so that one indexed column decides. */
	private Set<String> districtsOf(Set<String> areaCodes) {
		Set<String> districts = new TreeSet<>();
		for (String code : areaCodes) {
			if (regions.exists(code, RegionLevel.CITY)) {
				regions.childrenOf(code).forEach(d -> districts.add(d.code()));
			}
			else if (regions.exists(code, RegionLevel.DISTRICT)) {
				districts.add(code);
			}
		}
		return districts;
	}

}
