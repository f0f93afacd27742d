package id.jakpreneur.portal.account;

import id.jakpreneur.portal.account.domain.Account;
import id.jakpreneur.portal.account.domain.AccountRepository;
import id.jakpreneur.portal.account.domain.AccountSummary;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Opens an account and returns its id. The unique constraint on the email decides under concurrent
	 * submissions; either way the caller gets {@link EmailTakenException}.
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
		// hashed before the check, so a taken address costs the same time as a free one
		String passwordHash = passwordEncoder.encode(request.password());
		if (accounts.existsByEmail(email)) {
			throw new EmailTakenException();
		}
		Account account = new Account(email, request.fullName(), request.role(), passwordHash, request.areaCodes(),
				clock.instant(), request.setBySomeoneElse());
		if (awaitingActivation) {
			account.awaitActivation();
		}
		try {
			return accounts.saveAndFlush(account).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailTakenException();
		}
	}

	/** Whether the given email is free to become a login. */
	@Transactional(readOnly = true)
	public boolean isEmailFree(String email) {
		return !accounts.existsByEmail(Account.normaliseEmail(email));
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
	public Page<AccountSummary> list(Pageable pageable) {
		return accounts.findSummaries(pageable);
	}

	@Transactional(readOnly = true)
	public Map<Role, Long> countByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, accounts.countByRole(role));
		}
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByEmail(Account.normaliseEmail(username))
			.map(Account::toPortalUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown login"));
	}

}
