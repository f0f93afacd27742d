package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.notification.Channel;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.notification.SecretKind;
import org.springframework.stereotype.Component;

/**
 * The mails of online registration, through the notification outbox (decision 86): the activation link, the "your
 * registration will be checked" answer to a claim, and the warning to the owner of an address someone tried to
 * register with. All three share one subject, so an inbox list does not tell them apart, and are written in
 * Bahasa Indonesia, then English. They are queued with the registration and go out after its commit, so the answer
 * to the browser takes as long whatever the branch. Without a mail server ({@code spring.mail.host} unset) none is
 * queued, and no registration can be activated.
 */
@Component
class RegistrationMail {

	private final Notifications notifications;

	private final AccountManagement accounts;

	private final RegistrationSettings settings;

	RegistrationMail(Notifications notifications, AccountManagement accounts, RegistrationSettings settings) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.settings = settings;
	}

	/** The link that activates a new account. */
	void activation(long accountId, String fullName, String token) {
		notifications.sendSecret(accountId, SecretKind.REGISTRATION_ACTIVATION, Channel.EMAIL,
				portalUrl() + "/register/activate?token=" + token, fullName,
				String.valueOf(settings.activationValidity().toDays()));
	}

	/** To someone whose NIK another participant holds: the secretariat will check; it does not say why. */
	void claimReceived(String to, String fullName) {
		notifications.sendToAddress(Channel.EMAIL, to, SecretKind.REGISTRATION_CLAIM_RECEIVED, null, fullName);
	}

	/** To the owner of an address that someone tried to register again. */
	void emailTaken(String to) {
		accounts.findIdByLoginName(to)
			.ifPresent(owner -> notifications.sendSecret(owner, SecretKind.EMAIL_TAKEN, Channel.EMAIL,
					portalUrl() + "/login"));
	}

	private String portalUrl() {
		return settings.portalUrl().replaceAll("/+$", "");
	}

}
