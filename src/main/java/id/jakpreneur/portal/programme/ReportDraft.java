package id.jakpreneur.portal.programme;

import java.time.YearMonth;

/** One month's figures as the participant files them; money in whole rupiah. */
public record ReportDraft(YearMonth month, long sales, long costs, int employees, ChannelSplit split) {
}
