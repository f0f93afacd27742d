package id.jakpreneur.portal.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.domain.Account;
import id.jakpreneur.portal.account.domain.AccountRepository;
import id.jakpreneur.portal.account.domain.AccountSecrets;
import id.jakpreneur.portal.account.domain.AccountSecrets.Issued;
import id.jakpreneur.portal.account.domain.AccountSecrets.Open;
import id.jakpreneur.portal.account.domain.AccountSecrets.Purpose;
import id.jakpreneur.portal.account.security.AccountSessions;
import id.jakpreneur.portal.account.security.RecoverySettings;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one activation mechanism (decision 95). An account someone else opens (a citizen registered at the counter,
 * staff, mentors, partner contacts) gets no password of anyone's choosing: it stays closed until its holder types
 * the one-time activation code from the printed slip (or opens the link sent to their e-mail or WhatsApp) on
 * {@code /activate} and chooses their own password. An online registration's account opens with the link mailed to
 * the address (its owner chose the password when registering). Officers and administrators can issue a new code;
 * an officer only for a citizen, after checking the KTP in person (the caller checks the area and logs it).
 */
@Service
@Transactional
public class AccountActivation {

	/** The page where a holder activates an account with a code or a link ({@code ?token=}). */
	public static final String ACTIVATE_PATH = "/activate";

	private final AccountManagement management;

	private final AccountRepository accounts;

	private final AccountSecrets secrets;

	private final AccountSessions sessions;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final RecoverySettings settings;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccountActivation(AccountManagement management, AccountRepository accounts, AccountSecrets secrets,
			AccountSessions sessions, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			RecoverySettings settings, Clock clock) {
		this.management = management;
		this.accounts = accounts;
		this.secrets = secrets;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens an account for someone else, closed until its holder activates it; its password in the request is
	 * ignored (an unknown random one stands in). Returns the slip to print; the link also goes to the account's
	 * addresses.
	 * @throws EmailTakenException when the email is already a login
	 */
	public ActivationSlip openForSomeoneElse(NewAccount request, PortalUser actor) {
		byte[] unknown = new byte[32];
		random.nextBytes(unknown);
		long accountId = management.openAwaitingActivation(new NewAccount(request.email(), request.phone(),
				request.fullName(), request.role(), Base64.getEncoder().encodeToString(unknown), request.areaCodes(),
				false));
		return issueCode(accounts.findById(accountId).orElseThrow(), actor);
	}

	/**
	 * A new activation code for the account (the old one stops working): an administrator for anyone, an officer for
	 * a citizen (the officer's area and the KTP check are the caller's to enforce and log). The account keeps working
	 * with its password until the code is used; using it sets a new one.
	 */
	public ActivationSlip reissue(long accountId, PortalUser actor) {
		Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
		boolean allowed = actor.role() == Role.ADMIN
				|| (actor.role() == Role.OFFICER && account.getRole() == Role.ENTREPRENEUR);
		if (!allowed || account.getId() == actor.accountId()) {
			throw new NotFoundException();
		}
		return issueCode(account, actor);
	}

	/** An online registration's one-time link: returns the token for the mail ({@code /register/activate?token=}). */
	public String issueRegistrationLink(long accountId, Duration validity) {
		return secrets.issue(accountId, Purpose.ACTIVATION, validity, false, false, null).token();
	}

	/** Opens the account of an online registration's unused, unexpired link; returns its login, else empty. */
	public Optional<String> confirmRegistration(String token) {
		Optional<Open> secret = secrets.byToken(token, Purpose.ACTIVATION).filter(s -> !s.setsPassword());
		if (secret.isEmpty() || !secrets.use(secret.get())) {
			return Optional.empty();
		}
		Account account = accounts.findById(secret.get().accountId()).orElseThrow();
		account.activate();
		return Optional.of(account.toPortalUser().getUsername());
	}

	/** The open activation (one that sets the password) of a link's token. */
	@Transactional(readOnly = true)
	public Optional<Open> findByLink(String token) {
		return secrets.byToken(token, Purpose.ACTIVATION).filter(Open::setsPassword);
	}

	/** The open activation of the account with this login name and code. */
	@Transactional(readOnly = true)
	public Optional<Open> findByCode(String loginName, String code) {
		return accounts.findByLoginName(loginName)
			.flatMap(account -> secrets.byCode(account.getId(), code, Purpose.ACTIVATION))
			.filter(Open::setsPassword);
	}

	/** The login name of the activation's account (to check a new password against). */
	@Transactional(readOnly = true)
	public String loginOf(Open activation) {
		return accounts.findById(activation.accountId()).orElseThrow().toPortalUser().getUsername();
	}

	/**
	 * Uses the activation up: the holder's own password (already checked with {@link PasswordPolicy}), the account
	 * open, every other session ended. Returns the login name, or empty when it was used in the meantime.
	 */
	public Optional<String> activate(Open activation, String newPassword) {
		if (!secrets.use(activation)) {
			return Optional.empty();
		}
		Account account = accounts.findById(activation.accountId()).orElseThrow();
		account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
		account.activate();
		String login = account.toPortalUser().getUsername();
		sessions.endAllBut(login, null);
		return Optional.of(login);
	}

	private ActivationSlip issueCode(Account account, PortalUser actor) {
		Issued issued = secrets.issue(account.getId(), Purpose.ACTIVATION, settings.activationValidity(), true, true,
				actor.accountId());
		boolean send = account.hasAddress();
		if (send) {
			events.publishEvent(new AccountSecretIssued(account.getId(), AccountSecretIssued.Kind.ACCOUNT_ACTIVATION,
					settings.link(ACTIVATE_PATH + "?token=" + issued.token()), List.of(account.getFullName())));
		}
		return new ActivationSlip(account.getId(), account.getFullName(), account.toPortalUser().getUsername(),
				AccountSecrets.printed(issued.code()), issued.expiresAt(), settings.link(ACTIVATE_PATH), send);
	}

}
