package id.jakpreneur.portal.account;

import id.jakpreneur.portal.account.domain.Account;
import id.jakpreneur.portal.account.domain.AccountErasure;
import id.jakpreneur.portal.account.domain.AccountRepository;
import id.jakpreneur.portal.account.domain.LoginName;
import id.jakpreneur.portal.account.domain.PhoneTakenException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts, changes passwords and answers who is logging in. The module's API for the others:
 * registration (entrepreneur module) opens ENTREPRENEUR accounts through {@link #open(NewAccount)}.
 */
@Service
@Transactional
public class AccountManagement implements UserDetailsService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AccountErasure erasure;

	private final ApplicationEventPublisher events;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			ApplicationEventPublisher events, AccountErasure erasure) {
		this.erasure = erasure;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens an account and returns its id. The unique constraints on the email and the mobile number decide under
	 * concurrent submissions; either way the caller gets {@link EmailTakenException} for a taken address
	 * ({@code PhoneTakenException} inside this module for a taken number). A number that is not an Indonesian mobile
	 * number is refused with {@link IllegalArgumentException}: forms check it first.
	 */
	public long open(NewAccount request) {
		return open(request, false);
	}

	/**
	 * Opens an account that cannot log in until {@link #activate(long)}: online registration, whose owner proves the
	 * address by a link sent to it.
	 */
	public long openAwaitingActivation(NewAccount request) {
		return open(request, true);
	}

	/** Lets an account opened by {@link #openAwaitingActivation(NewAccount)} log in. */
	public void activate(long accountId) {
		accounts.findById(accountId).orElseThrow().activate();
	}

	private long open(NewAccount request, boolean awaitingActivation) {
		String email = Account.normaliseEmail(request.email());
		String phone = request.phone() == null || request.phone().isBlank() ? null
				: PhoneNumbers.normalise(request.phone())
					.orElseThrow(() -> new IllegalArgumentException("not an Indonesian mobile number"));
		// hashed before the check, so a taken address costs the same time as a free one
		String passwordHash = passwordEncoder.encode(request.password());
		if (email != null && accounts.existsByEmail(email)) {
			throw new EmailTakenException();
		}
		if (phone != null && accounts.existsByPhone(phone)) {
			throw new PhoneTakenException();
		}
		Account account = new Account(email, phone, request.fullName(), request.role(), passwordHash,
				request.areaCodes(), clock.instant(), request.setBySomeoneElse());
		if (awaitingActivation) {
			account.awaitActivation();
		}
		try {
			return accounts.saveAndFlush(account).getId();
		}
		catch (DataIntegrityViolationException ex) {
			if (phone != null && String.valueOf(ex.getMessage()).contains("account_phone_uq")) {
				throw new PhoneTakenException();
			}
			throw new EmailTakenException();
		}
	}

	/** Whether the given email is free to become a login. */
	@Transactional(readOnly = true)
	public boolean isEmailFree(String email) {
		return !accounts.existsByEmail(Account.normaliseEmail(email));
	}

	/** Whether the mobile number (any way it is written) is one no account has; false when it is not one. */
	@Transactional(readOnly = true)
	public boolean isPhoneFree(String phone) {
		return PhoneNumbers.normalise(phone).map(p -> !accounts.existsByPhone(p)).orElse(false);
	}

	/**
	 * The id of the account whose login is the given e-mail address or mobile number (written any way people write
	 * it), whether or not it may log in now; empty for any other text.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findIdByLoginName(String loginName) {
		return LoginName.parse(loginName).flatMap(this::find).map(Account::getId);
	}

	/** The person's own preferences (the form on {@code /account} checks them first). */
	public void changePreferences(long accountId, String language, boolean notifyEmail, boolean notifyWhatsapp) {
		Account account = accounts.findById(accountId).orElseThrow();
		account.changePreferences(language, notifyEmail, notifyWhatsapp);
		events.publishEvent(new NoticePreferencesChanged(accountId, account.isNotifyEmail(), account.isNotifyWhatsapp()));
	}

	/**
	 * Messages by e-mail and WhatsApp on (by every channel the account has an address for) or off, as the person
	 * chose elsewhere (giving or withdrawing consent to messages on the privacy page); the language stays.
	 */
	public void wantMessages(long accountId, boolean wanted) {
		Account account = accounts.findById(accountId).orElseThrow();
		boolean email = wanted && account.getEmail() != null;
		boolean whatsapp = wanted && account.getPhone() != null;
		if (account.isNotifyEmail() != email || account.isNotifyWhatsapp() != whatsapp) {
			account.changePreferences(account.getLanguage(), email, whatsapp);
			events.publishEvent(new NoticePreferencesChanged(accountId, email, whatsapp));
		}
	}

	/** The account's own data for its preferences page. */
	@Transactional(readOnly = true)
	public Optional<Account> find(long accountId) {
		return accounts.findById(accountId);
	}

	private Optional<Account> find(LoginName login) {
		return login.email() != null ? accounts.findByEmail(login.email()) : accounts.findByPhone(login.phone());
	}

	/**
	 * Returns false when the current password is wrong; the new one must already satisfy {@link PasswordPolicy}. The
	 * account's own choice: a password set by someone else no longer needs changing.
	 */
	public boolean changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
		return true;
	}

	/**
	 * Replaces the area (kota or kecamatan codes) of an officer or mentor account, for example when a mentor's covered
	 * kecamatan change. It takes effect at the person's next login.
	 */
	public void changeArea(long accountId, java.util.Set<String> areaCodes) {
		accounts.findById(accountId).orElseThrow().changeArea(areaCodes);
	}

	/** The enabled officers whose area is one of the codes (a kecamatan and its kota: its secretariat). */
	@Transactional(readOnly = true)
	public java.util.List<Long> officersOf(java.util.Collection<String> areaCodes) {
		return accounts.findEnabledIdsByRoleAndAreaIn(Role.OFFICER, areaCodes);
	}

	@Transactional(readOnly = true)
	public Map<Role, Long> countByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, accounts.countByRole(role));
		}
		return counts;
	}

	/**
	 * Erases the account of a participant whose data is erased (UU 27/2022): identity, contact data, password,
	 * secrets, login failures and sessions go, and it can never log in again. Returns the rows changed or deleted.
	 */
	public int erase(long accountId) {
		return erasure.erase(accountId);
	}

	/** Notes a successful login's time, shown on the account's administration page. */
	public void recordLogin(long accountId) {
		accounts.recordLogin(accountId, clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return LoginName.parse(username)
			.flatMap(this::find)
			.map(Account::toPortalUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown login"));
	}

}
