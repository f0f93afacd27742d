package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Online registration: how many registrations one client address and everyone together may submit per window, how
 * long an activation link stays valid, and the portal address in front of it.
 * @param perAddress submitted registrations per client address and window
 * @param overall submitted registrations per window, all addresses together
 * @param window the length of a counting window (fixed windows, aligned to the epoch)
 * @param activationValidity how long the link that activates a new account works
 * @param portalUrl the portal's public address, in front of the activation link
 */
@ConfigurationProperties("jakpreneur.registration")
public record RegistrationSettings(int perAddress, int overall, Duration window, Duration activationValidity,
		String portalUrl) {

	public RegistrationSettings {
		if (perAddress < 1 || overall < perAddress || window == null || window.isNegative() || window.isZero()
				|| activationValidity == null || activationValidity.isNegative()) {
			throw new IllegalStateException("jakpreneur.registration: per-address >= 1, overall >= per-address, "
					+ "window and activation-validity positive");
		}
	}

}
