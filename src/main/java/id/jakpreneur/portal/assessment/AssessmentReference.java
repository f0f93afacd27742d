package id.jakpreneur.portal.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.assessment.domain.PhaseDefinition;
import id.jakpreneur.portal.assessment.domain.TrackDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The assessment's reference data: phases, tracks, fostering agencies and each agency's steps. Only a migration
 * changes them, so they are read once at start-up, like the regions. An agency without step definitions of its
 * own follows PPKUKM, the lead agency.
 */
@Service
public class AssessmentReference {

	/** The lead agency, whose step order is the standard one. */
	public static final String LEAD_AGENCY = "PPKUKM";

	private final Map<Phase, PhaseDefinition> phases = new EnumMap<>(Phase.class);

	private final Map<Track, TrackDefinition> tracks = new EnumMap<>(Track.class);

	private final Map<String, FosteringAgency> agencies = new LinkedHashMap<>();

	private final Map<String, List<StepDefinition>> steps = new LinkedHashMap<>();

	AssessmentReference(JdbcTemplate jdbc) {
		jdbc.query("select code, position, name_id, name_en, description_id, description_en from development_phase "
				+ "order by position", rs -> {
					Phase phase = Phase.valueOf(rs.getString(1));
					phases.put(phase, new PhaseDefinition(phase, rs.getInt(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6)));
				});
		jdbc.query("select code, position, name_id, name_en, description_id, description_en, active "
				+ "from mentoring_track order by position", rs -> {
					Track track = Track.valueOf(rs.getString(1));
					tracks.put(track, new TrackDefinition(track, rs.getInt(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getBoolean(7)));
				});
		jdbc.query("select code, name_id, name_en from fostering_agency order by code",
				rs -> {
					agencies.put(rs.getString(1), new FosteringAgency(rs.getString(1), rs.getString(2), rs.getString(3)));
				});
		jdbc.query("select agency_code, step_code, position, required, completion_rule_id, completion_rule_en "
				+ "from step_definition order by agency_code, position", rs -> {
					steps.computeIfAbsent(rs.getString(1), a -> new ArrayList<>())
						.add(new StepDefinition(rs.getString(1), StepCode.valueOf(rs.getString(2)), rs.getInt(3),
								rs.getBoolean(4), rs.getString(5), rs.getString(6)));
				});
		steps.replaceAll((agency, list) -> List.copyOf(list));
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

}
