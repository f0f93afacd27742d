package id.jakpreneur.portal.outlet.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outlet rules that agencies set differently.
 *
 * @param recurationDays how long after grading a B or C product may be curated again
 * @param offerExpiryInterval how often offers past their confirmation deadline are expired and passed on
 */
@ConfigurationProperties("jakpreneur.outlet")
public record OutletSettings(@DefaultValue("90") int recurationDays,
		@DefaultValue("PT1M") Duration offerExpiryInterval) {

	public OutletSettings {
		if (recurationDays < 0 || recurationDays > 730) {
			throw new IllegalArgumentException("jakpreneur.outlet.recuration-days must be between 0 and 730");
		}
	}

}
