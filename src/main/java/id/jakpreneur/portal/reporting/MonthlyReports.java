package id.jakpreneur.portal.reporting;

/** A participant's monthly financial reporting at a glance, for other modules (capital readiness and pack). */
public interface MonthlyReports {

	/** The last twelve months up to this one, with what was reported, the current run and whether P6 is done. */
	ReportOverview overview(long participantId);

}
