package id.jakpreneur.portal.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A participant's latest assessment as stored, with what a new assessment needs from it: the answers to assess
 * again, the phase to compare with, the steps to diff against, an override to carry forward.
 */
record StoredAssessment(long id, long participantId, Instant assessedAt, Answers answers,
		Set<StepCode> completedSteps, String policyVersion, Phase phase, SizeClass sizeClass, Track track,
		Priority priority, List<StepOutcome> steps, List<Reason> reasons, Long overriddenBy, String overrideReason,
		Instant waitingSince) {

	boolean overridden() {
		return overriddenBy != null;
	}

	AssessmentSummary summary() {
		return new AssessmentSummary(id, participantId, phase, sizeClass, track, priority, assessedAt, policyVersion,
				steps, reasons, overridden());
	}

}
