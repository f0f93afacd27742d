package id.jakpreneur.portal.reporting.domain;

import java.time.YearMonth;

import id.jakpreneur.portal.reporting.ChannelSplit;

/** One month's figures as the participant files them; money in whole rupiah. */
public record ReportDraft(YearMonth month, long sales, long costs, int employees, ChannelSplit split) {
}
