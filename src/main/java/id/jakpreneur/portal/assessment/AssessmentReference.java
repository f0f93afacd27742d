package id.jakpreneur.portal.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.assessment.domain.Agency;
import id.jakpreneur.portal.assessment.domain.AgencyRepository;
import id.jakpreneur.portal.assessment.domain.AgencyStep;
import id.jakpreneur.portal.assessment.domain.AgencyStepRepository;
import id.jakpreneur.portal.assessment.domain.DevelopmentPhase;
import id.jakpreneur.portal.assessment.domain.DevelopmentPhaseRepository;
import id.jakpreneur.portal.assessment.domain.MentoringTrack;
import id.jakpreneur.portal.assessment.domain.MentoringTrackRepository;
import id.jakpreneur.portal.assessment.domain.PhaseDefinition;
import id.jakpreneur.portal.assessment.domain.TrackDefinition;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import org.springframework.stereotype.Service;

/**
 * The assessment's reference data: phases, tracks, fostering agencies and each agency's steps (read-only JPA
 * entities in {@code domain}). Only a migration changes them, so they are read once at start-up, like the regions.
 * An agency without step definitions of its own follows PPKUKM, the lead agency.
 */
@Service
public class AssessmentReference {

	/** The lead agency, whose step order is the standard one. */
	public static final String LEAD_AGENCY = "PPKUKM";

	private final Map<Phase, PhaseDefinition> phases = new EnumMap<>(Phase.class);

	private final Map<Track, TrackDefinition> tracks = new EnumMap<>(Track.class);

	private final Map<String, FosteringAgency> agencies = new LinkedHashMap<>();

	private final Map<String, List<StepDefinition>> steps = new LinkedHashMap<>();

	AssessmentReference(DevelopmentPhaseRepository phases, MentoringTrackRepository tracks, AgencyRepository agencies,
			AgencyStepRepository steps) {
		for (DevelopmentPhase phase : phases.findAllByOrderByPosition()) {
			PhaseDefinition definition = phase.toDefinition();
			this.phases.put(definition.phase(), definition);
		}
		for (MentoringTrack track : tracks.findAllByOrderByPosition()) {
			TrackDefinition definition = track.toDefinition();
			this.tracks.put(definition.track(), definition);
		}
		for (Agency agency : agencies.findAllByOrderByCode()) {
			FosteringAgency view = agency.toView();
			this.agencies.put(view.code(), view);
		}
		for (AgencyStep step : steps.findAllByOrderByAgencyCodeAscPositionAsc()) {
			StepDefinition definition = step.toDefinition();
			this.steps.computeIfAbsent(definition.agencyCode(), a -> new ArrayList<>()).add(definition);
		}
		this.steps.replaceAll((agency, list) -> List.copyOf(list));
	}

	public PhaseDefinition phase(Phase phase) {
		return phases.get(phase);
	}

	public List<PhaseDefinition> phases() {
		return List.copyOf(phases.values());
	}

	public TrackDefinition track(Track track) {
		return tracks.get(track);
	}

	public List<TrackDefinition> tracks() {
		return List.copyOf(tracks.values());
	}

	/** The tracks an officer may choose today. */
	public List<TrackDefinition> activeTracks() {
		return tracks.values().stream().filter(TrackDefinition::active).toList();
	}

	public Optional<FosteringAgency> agency(String code) {
		return Optional.ofNullable(code == null ? null : agencies.get(code));
	}

	public List<FosteringAgency> agencies() {
		return List.copyOf(agencies.values());
	}

	/** The 7 steps in the order the agency runs them; the lead agency's order for an agency without its own. */
	public List<StepDefinition> stepsOf(String agencyCode) {
		List<StepDefinition> own = agencyCode == null ? null : steps.get(agencyCode);
		return own != null ? own : steps.getOrDefault(LEAD_AGENCY, Collections.emptyList());
	}

	/**
	 * The plan order: the agency's order, except after an officer's override, when the overridden track's focus steps
	 * ({@code PhaseAssessmentPolicy.focus}) come right after P1 Pendaftaran, then the others in the agency's order.
	 * @param overriddenTrack the track an officer set; {@code null} when the current result is the policy's own
	 */
	public List<StepDefinition> planOf(String agencyCode, Track overriddenTrack) {
		List<StepDefinition> agencyOrder = stepsOf(agencyCode);
		if (overriddenTrack == null) {
			return agencyOrder;
		}
		List<StepCode> focus = PhaseAssessmentPolicy.focus(overriddenTrack);
		List<StepDefinition> plan = new ArrayList<>(agencyOrder.size());
		agencyOrder.stream().filter(s -> s.step() == StepCode.P1).forEach(plan::add);
		for (StepCode step : focus) {
			agencyOrder.stream().filter(s -> s.step() == step).forEach(plan::add);
		}
		agencyOrder.stream().filter(s -> s.step() != StepCode.P1 && !focus.contains(s.step())).forEach(plan::add);
		return List.copyOf(plan);
	}

}
