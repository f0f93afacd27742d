package id.jakpreneur.portal.account.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One-time secrets of accounts (decision 95).
 * @param resetValidity how long a password-reset link works (30 minutes)
 * @param activationValidity how long an activation code (and its link) of an account opened by someone else works
 * @param portalUrl the portal's public address, in front of the links sent
 * @param resetRequests free reset requests per login name and per client address, then the delays, as for logins
 */
@ConfigurationProperties("jakpreneur.security.recovery")
public record RecoverySettings(Duration resetValidity, Duration activationValidity, String portalUrl,
		LoginSettings resetRequests) {

	public RecoverySettings {
		if (resetValidity == null || resetValidity.isNegative() || resetValidity.isZero() || activationValidity == null
				|| activationValidity.isNegative() || activationValidity.isZero() || resetRequests == null) {
			throw new IllegalStateException("jakpreneur.security.recovery: reset-validity and activation-validity "
					+ "positive, reset-requests given");
		}
	}

	/** The portal's address without a trailing slash, followed by the path. */
	public String link(String path) {
		return portalUrl.replaceAll("/+$", "") + path;
	}

}
