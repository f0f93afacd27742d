package id.jakpreneur.portal.reporting.query;

import java.util.Optional;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepGap;
import id.jakpreneur.portal.assessment.StepGapSource;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import org.springframework.stereotype.Component;

/**
 * P6 Pelaporan keuangan's gap, through the module's own {@link ReportQueries}: the current run of consecutive months
 * that count, of the months the rule asks. One statement (the verified months), not the whole report overview.
 */
@Component
class ReportingStepGap implements StepGapSource {

	private final ReportQueries reports;

	ReportingStepGap(ReportQueries reports) {
		this.reports = reports;
	}

	@Override
	public StepCode step() {
		return StepCode.P6;
	}

	@Override
	public Optional<StepGap> gap(ParticipantView participant) {
		int required = reports.requiredRun();
		return Optional.of(new StepGap(StepCode.P6, "assessment.gap.P6",
				Math.min(reports.currentRun(participant.id()), required), required, null, ""));
	}

}
