package id.jakpreneur.portal.reporting.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting rules that agencies set differently (under the programme's property prefix).
 *
 * @param p6ConsecutiveReports how many consecutive monthly reports complete P6 Pelaporan keuangan
 */
@ConfigurationProperties("jakpreneur.programme")
public record ReportingSettings(@DefaultValue("3") int p6ConsecutiveReports) {

	public ReportingSettings {
		if (p6ConsecutiveReports < 1 || p6ConsecutiveReports > 36) {
			throw new IllegalArgumentException("jakpreneur.programme.p6-consecutive-reports must be between 1 and 36");
		}
	}

}
