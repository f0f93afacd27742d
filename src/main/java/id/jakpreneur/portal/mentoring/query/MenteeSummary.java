package id.jakpreneur.portal.mentoring.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.Attention;

/**
 * One mentee on the mentor's home: phase (or {@code null} before an assessment), track, the last session, the
 * latest verified sales month, the step they are on and since when, and why they need attention.
 */
public record MenteeSummary(long participantId, String fullName, String villageCode, String businessName, Phase phase,
		Track track, LocalDate assignedOn, LocalDate lastSessionOn, YearMonth lastSalesMonth, int overdueActions,
		StepCode currentStep, LocalDate currentStepSince, Set<Attention> attention) {

	public MenteeSummary {
		attention = Set.copyOf(attention);
	}

	public boolean needsAttention() {
		return !attention.isEmpty();
	}

}
