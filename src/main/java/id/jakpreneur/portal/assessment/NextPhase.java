package id.jakpreneur.portal.assessment;

import java.util.List;

/**
 * What moves a business from its current phase (the officer's, when overridden) to the next one, read from the policy
 * ({@code PhaseAssessmentPolicy.nextPhase}): every fact it asks, each marked met or still missing.
 *
 * @param next the next phase; {@code null} for a graduated business
 * @param needs the facts, all of them for the next phase
 */
public record NextPhase(Phase next, List<PhaseNeed> needs) {

	public NextPhase {
		needs = List.copyOf(needs);
	}

	public long missing() {
		return needs.stream().filter(n -> !n.met()).count();
	}

}
