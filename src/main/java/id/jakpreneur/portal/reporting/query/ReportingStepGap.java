package id.jakpreneur.portal.reporting.query;

import java.util.Optional;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepGap;
import id.jakpreneur.portal.assessment.StepGapSource;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.reporting.MonthlyReports;
import id.jakpreneur.portal.reporting.ReportOverview;
import org.springframework.stereotype.Component;

/**
 * P6 Pelaporan keuangan's gap, through the module's own {@link MonthlyReports}: the current run of consecutive months
 * that count, of the months the rule asks. The overview's few statements.
 */
@Component
class ReportingStepGap implements StepGapSource {

	private final MonthlyReports reports;

	ReportingStepGap(MonthlyReports reports) {
		this.reports = reports;
	}

	@Override
	public StepCode step() {
		return StepCode.P6;
	}

	@Override
	public Optional<StepGap> gap(ParticipantView participant) {
		ReportOverview overview = reports.overview(participant.id());
		return Optional.of(new StepGap(StepCode.P6, "assessment.gap.P6",
				Math.min(overview.currentRun(), overview.required()), overview.required(), null, ""));
	}

}
