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
 * <li>email already a login: nothing is stored, and the owner of the address is told by mail that someone tried.</li>
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

	public void submit(NewRegistration request) {
		if (!accounts.isEmailFree(request.email())) {
			passwordEncoder.encode(request.password());
			mail.emailTaken(request.email());
			return;
		}
		try {
			registration.registerAwaitingActivation(request);
		}
		catch (NikTakenException ex) {
			passwordEncoder.encode(request.password());
			claims.record(request);
		}
		catch (EmailTakenException ex) {
			mail.emailTaken(request.email());
		}
	}

}
