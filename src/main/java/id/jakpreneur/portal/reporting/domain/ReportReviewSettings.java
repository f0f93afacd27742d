package id.jakpreneur.portal.reporting.domain;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reports are reviewed (issue 18).
 *
 * @param lateAfterMonths a report filed more than this many months after its month ended is late and counts for P6
 *        only once the mentor or an officer confirms it
 * @param salesDiscrepancyShare a report whose sales differ from the sales the mentor verified for that month by more
 *        than this share of the verified sales is flagged to the mentor
 */
@ConfigurationProperties("jakpreneur.reporting")
public record ReportReviewSettings(@DefaultValue("2") int lateAfterMonths,
		@DefaultValue("0.25") BigDecimal salesDiscrepancyShare) {

	public ReportReviewSettings {
		if (lateAfterMonths < 0 || lateAfterMonths > 36) {
			throw new IllegalArgumentException("jakpreneur.reporting.late-after-months must be between 0 and 36");
		}
		if (salesDiscrepancyShare.signum() < 0 || salesDiscrepancyShare.compareTo(BigDecimal.TEN) > 0) {
			throw new IllegalArgumentException("jakpreneur.reporting.sales-discrepancy-share must be between 0 and 10");
		}
	}

	/** Whether reported sales differ from the mentor-verified sales by more than the configured share of them. */
	public boolean differs(long reported, long verified) {
		BigDecimal allowed = salesDiscrepancyShare.multiply(BigDecimal.valueOf(verified));
		return BigDecimal.valueOf(Math.abs(reported - verified)).compareTo(allowed) > 0;
	}

}
