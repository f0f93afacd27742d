package id.jakpreneur.portal.assessment.policy;

import static id.jakpreneur.portal.assessment.policy.Business.running;
import static org.assertj.core.api.Assertions.assertThat;

import id.jakpreneur.portal.assessment.NextPhase;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.PhaseNeed;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import org.junit.jupiter.api.Test;

/**
 * The policy's rule "Override": the officer's phase and track with their reasons, the steps and advice from the
 * facts; the focus steps of each track; and what the next phase asks.
 */
class OverridePlanTests {

	private final PhaseAssessmentPolicy policy = new PhaseAssessmentPolicy();

	/** Three years, selling regularly through two channels, no NIB, no books: EARLY on LEGALITY_AND_STANDARDS. */
	private static Business unlicensed() {
		return running(3).jasa().sells(9_000_000).through(SalesChannel.OFFLINE, SalesChannel.SOCIAL_MEDIA).online()
			.previously(Phase.EARLY);
	}

	@Test
	void anOverrideKeepsTheFactsStepsAndReplacesThePhaseAndTrackReasons() {
		AssessmentResult own = policy.assess(unlicensed().input());
		assertThat(own.phase()).isEqualTo(Phase.EARLY);
		assertThat(own.track()).isEqualTo(Track.LEGALITY_AND_STANDARDS);

		AssessmentResult override = policy.override(unlicensed().input(), Phase.GROWING, Track.FINANCE_AND_BOOKKEEPING,
				"  Dicek di lokasi  ");
		assertThat(override.phase()).isEqualTo(Phase.GROWING);
		assertThat(override.track()).isEqualTo(Track.FINANCE_AND_BOOKKEEPING);
		assertThat(override.naikKelas()).isTrue();
		assertThat(override.steps()).as("an override recognises no step without evidence").isEqualTo(own.steps());
		assertThat(override.step(StepCode.P4).status()).isEqualTo(StepStatus.NEEDED);
		assertThat(override.reasons().get(0)).isEqualTo(Reason.of("override.reason", "assessment.reason.overrideReason",
				"Dicek di lokasi"));
		assertThat(override.reasons()).extracting(Reason::ruleCode)
			.contains("override.phase", "override.track", "phase.up", "step.P4.nibMissing")
			.doesNotContain("phase.early.licenceMissing", "track.legality.nib");
		assertThat(override.reasons()).extracting(Reason::messageKey)
			.contains("assessment.reason.overridePhase.GROWING", "assessment.reason.overrideTrack.FINANCE_AND_BOOKKEEPING");
		assertThat(override.priority()).isEqualTo(Priority.MEDIUM);
	}

	@Test
	void anOverrideDownToIdeaIsARegressionWithHighPriority() {
		AssessmentResult override = policy.override(unlicensed().input(), Phase.IDEA, Track.IDEA_TO_BUSINESS, "Belum jalan");
		assertThat(override.regressed()).isTrue();
		assertThat(override.priority()).isEqualTo(Priority.HIGH);
		assertThat(override.reasons()).extracting(Reason::ruleCode).contains("phase.down", "priority.regressed");
	}

	@Test
	void eachTrackPutsItsOwnStepsFirst() {
		assertThat(PhaseAssessmentPolicy.focus(Track.IDEA_TO_BUSINESS)).containsExactly(StepCode.P2, StepCode.P3);
		assertThat(PhaseAssessmentPolicy.focus(Track.LEGALITY_AND_STANDARDS)).containsExactly(StepCode.P4);
		assertThat(PhaseAssessmentPolicy.focus(Track.MARKETING_AND_DIGITAL)).containsExactly(StepCode.P5);
		assertThat(PhaseAssessmentPolicy.focus(Track.FINANCE_AND_BOOKKEEPING)).containsExactly(StepCode.P6);
		assertThat(PhaseAssessmentPolicy.focus(Track.CAPITAL_ACCESS)).containsExactly(StepCode.P7);
		assertThat(PhaseAssessmentPolicy.focus(Track.EXPANSION)).containsExactly(StepCode.P5, StepCode.P7);
	}

	@Test
	void theNextPhaseNamesEveryFactOfItsRuleMetOrMissing() {
		NextPhase early = policy.nextPhase(unlicensed().input(), Phase.EARLY);
		assertThat(early.next()).isEqualTo(Phase.GROWING);
		assertThat(early.needs()).extracting(PhaseNeed::messageKey, PhaseNeed::met)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("assessment.need.months", true),
					org.assertj.core.groups.Tuple.tuple("assessment.need.sellsRegularly", true),
					org.assertj.core.groups.Tuple.tuple("assessment.need.nib", false));
		assertThat(early.missing()).isEqualTo(1);

		NextPhase growing = policy.nextPhase(unlicensed().input(), Phase.GROWING);
		assertThat(growing.next()).isEqualTo(Phase.SCALING);
		assertThat(growing.missing()).isEqualTo(3);
		assertThat(growing.needs().get(3).args()).containsExactly("Rp 15.000.000", "3");

		assertThat(policy.nextPhase(Business.idea().input(), Phase.IDEA).needs())
			.extracting(PhaseNeed::messageKey).containsExactly("assessment.need.running");
		assertThat(policy.nextPhase(unlicensed().input(), Phase.SCALING).needs()).hasSize(3);
		assertThat(policy.nextPhase(unlicensed().input(), Phase.GRADUATED)).isEqualTo(new NextPhase(null, java.util.List.of()));
	}

}
