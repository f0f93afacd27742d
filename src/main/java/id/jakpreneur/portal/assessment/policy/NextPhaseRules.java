package id.jakpreneur.portal.assessment.policy;

import static id.jakpreneur.portal.assessment.policy.PolicyText.count;
import static id.jakpreneur.portal.assessment.policy.PolicyText.rupiah;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.assessment.NextPhase;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.PhaseNeed;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;

/**
 * The facts that move a business to the next phase, read off the phase rules of {@link PhaseAssessmentPolicy} (rules
 * IDEA to GRADUATED), each with whether the answers show it: what the phase card on {@code /me} and the mentor's page
 * say the next phase needs. Pure, like the policy.
 */
final class NextPhaseRules {

	private static final String KEY = "assessment.need.";

	private NextPhaseRules() {
	}

	static NextPhase of(AssessmentInput in, Phase current) {
		long months = PhaseAssessmentPolicy.monthsRunning(in);
		List<PhaseNeed> needs = new ArrayList<>();
		switch (current) {
			case IDEA -> needs.add(need("running", in.stage() == BusinessStage.RUNNING && in.runningSince() != null));
			case EARLY -> {
				needs.add(need("months", months >= PhaseAssessmentPolicy.MONTHS_ESTABLISHED,
						count(PhaseAssessmentPolicy.MONTHS_ESTABLISHED), count(months)));
				needs.add(need("sellsRegularly", in.sellsRegularly()));
				needs.add(need("nib", in.holds(LicenceType.NIB)));
			}
			case GROWING -> {
				needs.add(need("books", in.keepsBooks()));
				needs.add(need("money", in.separatesMoney()));
				needs.add(need("months", months >= PhaseAssessmentPolicy.MONTHS_STEADY,
						count(PhaseAssessmentPolicy.MONTHS_STEADY), count(months)));
				needs.add(need("salesOrStaff", in.monthlySales() >= PhaseAssessmentPolicy.SCALING_MONTHLY_SALES
						|| in.employees() >= PhaseAssessmentPolicy.SCALING_EMPLOYEES,
						rupiah(PhaseAssessmentPolicy.SCALING_MONTHLY_SALES), count(PhaseAssessmentPolicy.SCALING_EMPLOYEES)));
			}
			case SCALING -> {
				SizeClass size = PhaseAssessmentPolicy.sizeClassOf(in, months);
				needs.add(need("kecil", size.isAtLeast(SizeClass.KECIL)));
				needs.add(need("credit", in.hadCredit()));
				needs.add(need("channels", in.channelCount() >= PhaseAssessmentPolicy.GRADUATION_CHANNELS,
						count(PhaseAssessmentPolicy.GRADUATION_CHANNELS), count(in.channelCount())));
			}
			case GRADUATED -> {
				return new NextPhase(null, List.of());
			}
		}
		return new NextPhase(Phase.values()[current.ordinal() + 1], needs);
	}

	private static PhaseNeed need(String fact, boolean met, String... args) {
		return new PhaseNeed(KEY + fact, List.of(args), met);
	}

}
