package id.jakpreneur.portal.assessment.policy;

import static id.jakpreneur.portal.assessment.policy.PolicyOutcomes.BOOKKEEPING_RECOGNISED;
import static id.jakpreneur.portal.assessment.policy.PolicyOutcomes.CREDIT_RECOGNISED;
import static id.jakpreneur.portal.assessment.policy.PolicyOutcomes.channelsRecognised;
import static id.jakpreneur.portal.assessment.policy.PolicyOutcomes.completed;
import static id.jakpreneur.portal.assessment.policy.PolicyOutcomes.needed;
import static id.jakpreneur.portal.assessment.policy.PolicyOutcomes.trainingRecognised;
import static id.jakpreneur.portal.assessment.policy.PolicyReasons.*;
import static id.jakpreneur.portal.assessment.policy.PolicyText.licenceEvidence;

import java.util.List;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.policy.FixedList.Builder;
import id.jakpreneur.portal.assessment.policy.PolicyOutcomes.Recognition;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * The rules of the 7 steps within {@link PhaseAssessmentPolicy} (its rules "P1 Pendaftaran" to "Completed steps"):
 * for each step, whether the business still needs it, the policy recognises it from the answers, or the business
 * completed it inside the programme, with the reason that says why.
 */
final class StepRules {

	private static final StepCode[] STEPS = StepCode.values();

	private StepRules() {
	}

	static List<StepOutcome> steps(AssessmentInput in, long months, Builder<Reason> reasons) {
		StepOutcome[] steps = new StepOutcome[STEPS.length];
		for (StepCode step : STEPS) {
			steps[step.ordinal()] = step(in, step, months, reasons);
		}
		return FixedList.of(steps);
	}

	/** A step completed inside the programme stays completed; the rules below only decide the others. */
	private static StepOutcome step(AssessmentInput in, StepCode step, long months, Builder<Reason> reasons) {
		if (step != StepCode.P1 && in.hasCompleted(step)) {
			reasons.add(stepCompleted(step));
			return completed(step);
		}
		return switch (step) {
			case P1 -> registration(reasons);
			case P2 -> training(in, months, reasons);
			case P3 -> mentoring(reasons);
			case P4 -> licensing(in, reasons);
			case P5 -> marketing(in, reasons);
			case P6 -> financialReporting(in, reasons);
			case P7 -> capital(in, reasons);
		};
	}

	private static StepOutcome registration(Builder<Reason> reasons) {
		reasons.add(STEP_P1_REGISTERED);
		return completed(StepCode.P1);
	}

	/** Naik kelas: a business that has sold regularly for a year already knows what the basic classes teach. */
	private static StepOutcome training(AssessmentInput in, long months, Builder<Reason> reasons) {
		if (in.stage() == BusinessStage.RUNNING && in.runningSince() != null && months >= PhaseAssessmentPolicy.MONTHS_ESTABLISHED
				&& in.sellsRegularly()) {
			Recognition training = trainingRecognised(in.runningSince());
			reasons.add(training.reason());
			return training.outcome();
		}
		return needed(StepCode.P2);
	}

	private static StepOutcome mentoring(Builder<Reason> reasons) {
		reasons.add(STEP_P3_NEEDED);
		return needed(StepCode.P3);
	}

	private static StepOutcome licensing(AssessmentInput in, Builder<Reason> reasons) {
		if (!in.holds(LicenceType.NIB)) {
			reasons.add(STEP_P4_NIB_MISSING);
			return needed(StepCode.P4);
		}
		if (lacksFoodLicence(in)) {
			reasons.add(STEP_P4_FOOD_LICENCE_MISSING);
			return needed(StepCode.P4);
		}
		// declared licences are the citizen's own statement: P4 completes only through licences an officer verified
		// in the licence register (decision 99), never by recognition
		reasons.add(licencesDeclared(licenceEvidence(in)));
		return needed(StepCode.P4);
	}

	private static StepOutcome marketing(AssessmentInput in, Builder<Reason> reasons) {
		int channels = in.channelCount();
		boolean reaches = in.sellsThrough(SalesChannel.MARKETPLACE) || in.sellsThrough(SalesChannel.RESELLER)
				|| channels >= PhaseAssessmentPolicy.MARKETING_CHANNELS;
		if (in.sellsRegularly() && reaches) {
			reasons.add(marketingRecognised(channels));
			return channelsRecognised(in.channelBits());
		}
		return needed(StepCode.P5);
	}

	private static StepOutcome financialReporting(AssessmentInput in, Builder<Reason> reasons) {
		if (in.keepsBooks() && in.separatesMoney()) {
			reasons.add(STEP_P6_RECOGNISED);
			return BOOKKEEPING_RECOGNISED;
		}
		return needed(StepCode.P6);
	}

	private static StepOutcome capital(AssessmentInput in, Builder<Reason> reasons) {
		if (in.hadCredit()) {
			reasons.add(STEP_P7_RECOGNISED);
			return CREDIT_RECOGNISED;
		}
		return needed(StepCode.P7);
	}

	static boolean lacksFoodLicence(AssessmentInput in) {
		return in.sector() == Sector.KULINER && !in.holds(LicenceType.SPP_IRT) && !in.holds(LicenceType.BPOM);
	}


	/** The steps each track works on first (see {@link PhaseAssessmentPolicy#focus}). */
	static List<StepCode> focus(Track track) {
		return switch (track) {
			case IDEA_TO_BUSINESS -> List.of(StepCode.P2, StepCode.P3);
			case LEGALITY_AND_STANDARDS -> List.of(StepCode.P4);
			case MARKETING_AND_DIGITAL -> List.of(StepCode.P5);
			case FINANCE_AND_BOOKKEEPING -> List.of(StepCode.P6);
			case CAPITAL_ACCESS -> List.of(StepCode.P7);
			case EXPANSION -> List.of(StepCode.P5, StepCode.P7);
		};
	}

}
