package id.jakpreneur.portal.reporting.domain;

import java.time.Instant;

/**
 * A participant reached the configured run of consecutive monthly reports ({@code
 * jakpreneur.programme.p6-consecutive-reports}): P6 Pelaporan keuangan is completed. Published once per
 * participant, inside the transaction of the report that completed the run.
 *
 * @param consecutiveMonths the length of the run at that moment (at least the configured number)
 */
public record FinancialReportingCompleted(long participantId, int consecutiveMonths, Instant when) {
}
