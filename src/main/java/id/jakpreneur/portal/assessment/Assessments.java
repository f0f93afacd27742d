package id.jakpreneur.portal.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.domain.AssessmentStore;
import id.jakpreneur.portal.assessment.domain.StoredAssessment;
import id.jakpreneur.portal.assessment.query.AssessmentHistoryEntry;
import id.jakpreneur.portal.assessment.query.AssessmentQueries;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.assessment.query.PhaseChange;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules and pages may know about assessments: a participant's latest result and phase, their history
 * and phase changes, their steps in their agency's order. Each method is one or two SQL statements whatever the
 * data size. These methods do not check who is asking: callers first open the participant through
 * {@code entrepreneur.ParticipantRecords}, which does.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

	private final AssessmentStore store;

	private final AssessmentQueries queries;

	private final AssessmentReference reference;

	private final ObjectProvider<StepGapSource> gapSources;

	private final Clock clock;

	private final PhaseAssessmentPolicy policy = new PhaseAssessmentPolicy();

	Assessments(AssessmentStore store, AssessmentQueries queries, AssessmentReference reference,
			ObjectProvider<StepGapSource> gapSources, Clock clock) {
		this.queries = queries;
		this.store = store;
		this.reference = reference;
		this.gapSources = gapSources;
		this.clock = clock;
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
	 * The way ahead for a participant's home and their mentor's page: the latest result, the steps in plan order
	 * ({@link AssessmentReference#planOf}), what each step still needed is missing (asked of the module that runs it,
	 * {@link StepGapSource}; P5 and P7 are done by one recorded fact, so nothing of them is there yet while needed),
	 * and what the next phase asks on the latest answers. Two statements, plus those of the counters of the steps still
	 * needed (at most two each).
	 */
	public Guidance guidance(ParticipantView participant) {
		Optional<StoredAssessment> latest = store.latest(participant.id());
		Track overridden = latest.filter(StoredAssessment::overridden).map(StoredAssessment::track).orElse(null);
		List<PlannedStep> plan = queries.plan(participant.id(), reference.planOf(participant.fosteringAgency(), overridden));
		Map<StepCode, StepGap> gaps = new EnumMap<>(StepCode.class);
		if (latest.isPresent()) {
			Map<StepCode, StepGapSource> sources = new EnumMap<>(StepCode.class);
			gapSources.orderedStream().forEach(source -> sources.putIfAbsent(source.step(), source));
			for (PlannedStep step : plan) {
				if (step.done() || step.step() == StepCode.P1) {
					continue;
				}
				StepGapSource source = sources.get(step.step());
				if (source != null) {
					source.gap(participant).ifPresent(gap -> gaps.put(step.step(), gap));
				}
				else if (step.step() == StepCode.P5 || step.step() == StepCode.P7) {
					gaps.put(step.step(), StepGap.none(step.step()));
				}
			}
		}
		LocalDate today = LocalDate.now(clock);
		NextPhase next = latest.map(a -> policy.nextPhase(a.answers().toInput(today, a.completedSteps(), null), a.phase()))
			.orElse(null);
		return new Guidance(latest.map(StoredAssessment::summary).orElse(null), plan, gaps, next,
				latest.map(StoredAssessment::overrideReason).orElse(null));
	}

}
