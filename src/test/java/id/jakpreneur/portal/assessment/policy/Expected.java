package id.jakpreneur.portal.assessment.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.assessment.Track;

/**
 * What one table row expects: phase, size class, track and priority always, plus the step statuses, evidence and
 * reasons the row cares about. Movement against the previous phase is always checked (none unless stated).
 */
final class Expected {

	private static final String KEY = "assessment.reason.";

	private final Phase phase;

	private final SizeClass sizeClass;

	private final Track track;

	private final Priority priority;

	private final Map<StepCode, StepStatus> steps = new EnumMap<>(StepCode.class);

	private final Map<StepCode, String> evidence = new EnumMap<>(StepCode.class);

	private final List<Reason> reasons = new ArrayList<>();

	private boolean naikKelas;

	private boolean regressed;

	private Expected(Phase phase, SizeClass sizeClass, Track track, Priority priority) {
		this.phase = phase;
		this.sizeClass = sizeClass;
		this.track = track;
		this.priority = priority;
	}

	static Expected expect(Phase phase, SizeClass sizeClass, Track track, Priority priority) {
		return new Expected(phase, sizeClass, track, priority);
	}

	Expected step(StepCode step, StepStatus status) {
		steps.put(step, status);
		return this;
	}

	/** The step is recognised with exactly this evidence. */
	Expected recognised(StepCode step, String text) {
		evidence.put(step, text);
		return step(step, StepStatus.RECOGNISED);
	}

	/** A reason with this key (without the {@code assessment.reason.} prefix) fired, with exactly these args. */
	Expected reason(String key, String... args) {
		reasons.add(Reason.of("", KEY + key, args));
		return this;
	}

	Expected naikKelas() {
		naikKelas = true;
		return this;
	}

	Expected regressed() {
		regressed = true;
		return this;
	}

	void verify(AssessmentResult result) {
		assertThat(steps).as("a row checks at least one step").isNotEmpty();
		assertThat(result.phase()).as("phase").isEqualTo(phase);
		assertThat(result.sizeClass()).as("size class").isEqualTo(sizeClass);
		assertThat(result.track()).as("track").isEqualTo(track);
		assertThat(result.priority()).as("priority").isEqualTo(priority);
		assertThat(result.naikKelas()).as("naik kelas").isEqualTo(naikKelas);
		assertThat(result.regressed()).as("regressed").isEqualTo(regressed);
		steps.forEach((step, status) -> assertThat(result.step(step).status()).as("status of " + step).isEqualTo(status));
		evidence.forEach((step, text) -> assertThat(result.step(step).evidence()).as("evidence of " + step).isEqualTo(text));
		for (Reason expected : reasons) {
			assertThat(result.reasons()).as("reasons")
				.anySatisfy(actual -> {
					assertThat(actual.messageKey()).isEqualTo(expected.messageKey());
					if (!expected.args().isEmpty()) {
						assertThat(actual.args()).isEqualTo(expected.args());
					}
				});
		}
	}

}
