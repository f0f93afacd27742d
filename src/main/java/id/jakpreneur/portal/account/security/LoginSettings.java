package id.jakpreneur.portal.account.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed-login throttling: after {@code maxFailures} failures within {@code failureWindow} from one
 * client address, that address may not try that login again for {@code lockDuration}.
 */
@ConfigurationProperties("jakpreneur.security.login")
public record LoginSettings(int maxFailures, Duration failureWindow, Duration lockDuration) {
}
