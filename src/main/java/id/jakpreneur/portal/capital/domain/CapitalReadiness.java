package id.jakpreneur.portal.capital.domain;

import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.reporting.MonthlyReport;
import id.jakpreneur.portal.reporting.ReportOverview;

/**
 * Whether a participant is ready to ask a partner for capital (P7 Permodalan), and what is missing: a validated
 * registration, a business at least in the growing phase, a verified NIB, the run of monthly reports that completes
 * P6, and a profit in the latest verified report (issue 18: a report only submitted, or returned, counts for
 * nothing). Banks ask for the same things (KUR: a running, licensed business with
 * records); the portal shows them so that the participant applies when an application can succeed. Pure.
 *
 * @param checks each requirement with whether it is met, in the order to work on them
 */
public record CapitalReadiness(List<Check> checks) {

	/** One requirement: its message key ({@code programme.capital.check.<name>}) and whether it is met. */
	public record Check(String name, boolean met) {

		public String messageKey() {
			return "programme.capital.check." + name;
		}

	}

	public CapitalReadiness {
		checks = List.copyOf(checks);
	}

	public static CapitalReadiness of(boolean validated, Optional<Phase> phase, List<LicenceLine> licences,
			ReportOverview reports) {
		boolean nib = licences.stream().anyMatch(l -> l.type() == LicenceType.NIB && l.done());
		boolean run = reports.completed() || reports.currentRun() >= reports.required();
		MonthlyReport latest = reports.months().stream().map(reports::reportOf)
			.filter(r -> r != null && r.verified())
			.reduce((a, b) -> b).orElse(null);
		return new CapitalReadiness(List.of(new Check("registration", validated),
				new Check("phase", phase.filter(p -> !Phase.GROWING.isAbove(p)).isPresent()), new Check("nib", nib),
				new Check("reports", run), new Check("profit", latest != null && latest.profit() > 0)));
	}

	public boolean ready() {
		return checks.stream().allMatch(Check::met);
	}

	public List<Check> missing() {
		return checks.stream().filter(c -> !c.met()).toList();
	}

}
