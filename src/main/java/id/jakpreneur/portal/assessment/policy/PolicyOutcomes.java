package id.jakpreneur.portal.assessment.policy;

import static id.jakpreneur.portal.assessment.policy.PolicyText.yearMonth;

import java.time.LocalDate;

import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.entrepreneur.SalesChannel;

/**
 * The step outcomes {@link PhaseAssessmentPolicy} hands out, made once and shared: outcomes without evidence, or
 * whose evidence is the same for every business that earns them, are the same objects for every assessment (the
 * policy assesses a million businesses per CPU-second, and these are immutable).
 */
final class PolicyOutcomes {

	private static final StepCode[] STEPS = StepCode.values();

	private static final SalesChannel[] SALES_CHANNELS = SalesChannel.values();

	private static final StepOutcome[] NEEDED = new StepOutcome[STEPS.length];

	private static final StepOutcome[] COMPLETED = new StepOutcome[STEPS.length];

	static final StepOutcome BOOKKEEPING_RECOGNISED = new StepOutcome(StepCode.P6, StepStatus.RECOGNISED,
			Evidence.of("evidence.P6.bookkeeping").stored());

	static final StepOutcome CREDIT_RECOGNISED = new StepOutcome(StepCode.P7, StepStatus.RECOGNISED,
			Evidence.of("evidence.P7.credit").stored());

	/**
	 * P5 recognised, with the channels as evidence in a fixed order ("MARKETPLACE, RESELLER"), made once for each of
	 * the 16 combinations of channels.
	 */
	private static final StepOutcome[] CHANNELS_RECOGNISED = new StepOutcome[1 << SALES_CHANNELS.length];

	static {
		for (StepCode step : STEPS) {
			NEEDED[step.ordinal()] = new StepOutcome(step, StepStatus.NEEDED, null);
			COMPLETED[step.ordinal()] = new StepOutcome(step, StepStatus.COMPLETED, null);
		}
		for (int combination = 0; combination < CHANNELS_RECOGNISED.length; combination++) {
			StringBuilder text = new StringBuilder();
			for (SalesChannel channel : SALES_CHANNELS) {
				if ((combination & 1 << channel.ordinal()) != 0) {
					text.append(text.isEmpty() ? "" : ", ").append(channel.name());
				}
			}
			CHANNELS_RECOGNISED[combination] = new StepOutcome(StepCode.P5, StepStatus.RECOGNISED, text.toString());
		}
	}

	private static final int FIRST_CACHED_YEAR = 1970;

	/**
	 * P2 recognised for a business running since a given month, from 1970-01 to 2099-12, made on first use and kept:
	 * the same few hundred months recur across all businesses. Two threads racing on an empty slot only make the same
	 * immutable value twice.
	 */
	private static final Recognition[] TRAINING_RECOGNISED = new Recognition[(2100 - FIRST_CACHED_YEAR) * 12];

	private PolicyOutcomes() {
	}

	/** A recognised step with the reason that says why. */
	record Recognition(Reason reason, StepOutcome outcome) {
	}

	static StepOutcome needed(StepCode step) {
		return NEEDED[step.ordinal()];
	}

	static StepOutcome completed(StepCode step) {
		return COMPLETED[step.ordinal()];
	}

	/** P5 recognised for the channels of {@link AssessmentInput#channelBits()}. */
	static StepOutcome channelsRecognised(int channelBits) {
		return CHANNELS_RECOGNISED[channelBits];
	}

	/** P2 recognised for a business running since the month of the given day. */
	static Recognition trainingRecognised(LocalDate since) {
		int year = since.getYear();
		boolean cached = year >= FIRST_CACHED_YEAR && year < FIRST_CACHED_YEAR + TRAINING_RECOGNISED.length / 12;
		int month = cached ? (year - FIRST_CACHED_YEAR) * 12 + since.getMonthValue() - 1 : -1;
		Recognition recognition = cached ? TRAINING_RECOGNISED[month] : null;
		if (recognition == null) {
			String text = yearMonth(since);
			recognition = new Recognition(PolicyReasons.trainingRecognised(text),
					new StepOutcome(StepCode.P2, StepStatus.RECOGNISED, Evidence.of("evidence.P2.runningSince", text).stored()));
			if (cached) {
				TRAINING_RECOGNISED[month] = recognition;
			}
		}
		return recognition;
	}

}
