package id.jakpreneur.portal.reporting;

import java.time.Instant;
import java.time.YearMonth;

/** A monthly report was filed; published in that transaction, for the participant's timeline. */
public record ReportFiled(long participantId, YearMonth month, long filedBy, Instant when) {
}
