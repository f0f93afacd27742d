package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.EmailTakenException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A citizen's own registration, answered the same way whatever the portal already knows, so that the form tells no
 * one whether a NIK or an email is registered (issue 16):
 * <ul>
 * <li>free NIK and email: the account (closed until its owner opens the activation link mailed to the address), the
 * participant and the consent, in one transaction;</li>
 * <li>NIK already held: a claim for the kecamatan secretariat, and a mail to the claimant that the secretariat will
 * check the registration;</li>
 * <li>email already a login (or, without an email, the mobile number): nothing is stored, and the owner of that
 * login is told that someone tried.</li>
 * </ul>
 * Each branch hashes the password once (the costly step of the first), and every mail leaves after the commit on a
 * background thread, so no branch answers noticeably sooner. A registration that loses a race for its NIK to a
 * simultaneous one is rolled back whole and becomes a claim.
 */
@Service
public class OnlineRegistration {

	private final Registration registration;

	private final RegistrationClaims claims;

	private final AccountManagement accounts;

	private final RegistrationMail mail;

	private final PasswordEncoder passwordEncoder;

	OnlineRegistration(Registration registration, RegistrationClaims claims, AccountManagement accounts,
			RegistrationMail mail, PasswordEncoder passwordEncoder) {
		this.registration = registration;
		this.claims = claims;
		this.accounts = accounts;
		this.mail = mail;
		this.passwordEncoder = passwordEncoder;
	}

	/** An e-mail address is optional: without one the mobile number is the login (decision 87). */
	public void submit(NewRegistration request) {
		String login = request.email() != null ? request.email() : request.person().phone();
		boolean free = request.email() != null ? accounts.isEmailFree(login) : accounts.isPhoneFree(login);
		if (!free) {
			passwordEncoder.encode(request.password());
			mail.loginTaken(login);
			return;
		}
		try {
			registration.registerAwaitingActivation(request);
		}
		catch (NikTakenException ex) {
			passwordEncoder.encode(request.password());
			claims.record(request);
		}
		catch (EmailTakenException | MobileNumberTakenException ex) {
			mail.loginTaken(login);
		}
	}

}
