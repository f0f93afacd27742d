package id.jakpreneur.portal.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.policy.Reason;

/**
 * A participant's latest assessment as stored, with what a new assessment needs from it: the answers to assess
 * again, the phase to compare with, the steps to diff against, an override to carry forward.
 */
public record StoredAssessment(long id, long participantId, Instant assessedAt, Answers answers,
		Set<StepCode> completedSteps, String policyVersion, Phase phase, SizeClass sizeClass, Track track,
		Priority priority, List<StepOutcome> steps, List<Reason> reasons, Long overriddenBy, String overrideReason,
		Instant waitingSince) {

	public boolean overridden() {
		return overriddenBy != null;
	}

	public AssessmentSummary summary() {
		return new AssessmentSummary(id, participantId, phase, sizeClass, track, priority, assessedAt, policyVersion,
				steps, reasons, overridden());
	}

}
