package id.jakpreneur.portal.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules that agencies set differently.
 *
 * @param p6ConsecutiveReports how many consecutive monthly reports complete P6 Pelaporan keuangan
 */
@ConfigurationProperties("jakpreneur.programme")
public record ProgrammeSettings(@DefaultValue("3") int p6ConsecutiveReports) {

	public ProgrammeSettings {
		if (p6ConsecutiveReports < 1 || p6ConsecutiveReports > 36) {
			throw new IllegalArgumentException("jakpreneur.programme.p6-consecutive-reports must be between 1 and 36");
		}
	}

}
