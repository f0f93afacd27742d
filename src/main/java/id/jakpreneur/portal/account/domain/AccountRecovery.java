package id.jakpreneur.portal.account.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import id.jakpreneur.portal.account.AccountSecretIssued;
import id.jakpreneur.portal.account.PasswordPolicy;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountSecrets.Open;
import id.jakpreneur.portal.account.domain.AccountSecrets.Purpose;
import id.jakpreneur.portal.account.security.AccountSessions;
import id.jakpreneur.portal.account.security.LoginThrottle;
import id.jakpreneur.portal.account.security.RecoverySettings;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by a one-time link sent to the account's own e-mail address or WhatsApp number (decision 95). A
 * request answers the same whether or not the login name is an account; requests are counted per login name and
 * per client address like failed logins. The link works once, for {@code reset-validity} (30 minutes); a reset ends
 * every session of the account. Administrators can send the link to a person from the user list
 * ({@link #sendReset(long, PortalUser)}); the pages are {@code account.web.RecoveryController}.
 */
@Service
@Transactional
public class AccountRecovery {

	/** The path of the page a reset link opens; its token follows as {@code ?token=}. */
	public static final String RESET_PATH = "/reset-password";

	private final AccountRepository accounts;

	private final AccountSecrets secrets;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final AccountSessions sessions;

	private final PasswordEncoder passwordEncoder;

	private final RecoverySettings settings;

	private final Clock clock;

	AccountRecovery(AccountRepository accounts, AccountSecrets secrets, ApplicationEventPublisher events, LoginThrottle throttle,
			AccountSessions sessions, PasswordEncoder passwordEncoder, RecoverySettings settings, Clock clock) {
		this.accounts = accounts;
		this.secrets = secrets;
		this.events = events;
		this.throttle = throttle;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Someone asks for a reset link for the login name (e-mail address or mobile number). Sends the link when the
	 * name is an enabled account's and neither the name nor the address asked too often; answers the same
	 * otherwise. Returns the wait of the client address when it asked too often (zero otherwise): the only thing a
	 * page may say, since it does not depend on the account.
	 */
	public Duration requestReset(String loginName, String clientAddress) {
		if (!throttle.resetWaitBefore(loginName, clientAddress).isZero()) {
			return throttle.resetAddressWait(clientAddress);
		}
		throttle.recordResetRequest(loginName, clientAddress);
		accounts.findByLoginName(loginName)
			.filter(account -> account.isEnabled() && !account.isDeactivated())
			.ifPresent(this::send);
		return Duration.ZERO;
	}

	/**
	 * An administrator sends the person a reset link (to every address the account has). Returns false when the
	 * account has no address to send it to.
	 */
	public boolean sendReset(long accountId, PortalUser actor) {
		if (actor.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
		if (!account.hasAddress()) {
			return false;
		}
		send(account);
		return true;
	}

	/** The login name of the account whose open reset link carries the token (to check the new password against). */
	@Transactional(readOnly = true)
	public Optional<String> loginOf(String token) {
		return secrets.byToken(token, Purpose.RESET)
			.flatMap(secret -> accounts.findById(secret.accountId()))
			.map(account -> account.toPortalUser().getUsername());
	}

	/**
	 * Sets the new password (already checked with {@link PasswordPolicy}) with the link's token and ends every
	 * session of the account. Returns the login name, or empty when the token is unknown, used or expired.
	 */
	public Optional<String> reset(String token, String newPassword) {
		Optional<Open> secret = secrets.byToken(token, Purpose.RESET);
		if (secret.isEmpty() || !secrets.use(secret.get())) {
			return Optional.empty();
		}
		Account account = accounts.findById(secret.get().accountId()).orElseThrow();
		account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
		String login = account.toPortalUser().getUsername();
		sessions.endAllBut(login, null);
		throttle.recordSuccess(login);
		return Optional.of(login);
	}

	private void send(Account account) {
		AccountSecrets.Issued issued = secrets.issue(account.getId(), Purpose.RESET, settings.resetValidity(), false,
				true, null);
		events.publishEvent(new AccountSecretIssued(account.getId(), AccountSecretIssued.Kind.PASSWORD_RESET,
				settings.link(RESET_PATH + "?token=" + issued.token()),
				java.util.List.of(String.valueOf(settings.resetValidity().toMinutes()))));
	}

}
