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

	/**
	 * The link that activates a new account, by every channel the account has an address for: e-mail, and WhatsApp
	 * where that channel is configured (an account without e-mail gets it only that way).
	 */
	void activation(long accountId, String fullName, String token) {
		notifications.sendSecret(accountId, SecretKind.REGISTRATION_ACTIVATION, null,
				portalUrl() + "/register/activate?token=" + token, fullName,
				String.valueOf(settings.activationValidity().toDays()));
	}

	/**
	 * To someone whose NIK another participant holds: the secretariat will check; it does not say why. By e-mail, or
	 * without one by WhatsApp to the mobile number (where that channel is configured).
	 */
	void claimReceived(String email, String phone, String fullName) {
		if (email != null) {
			notifications.sendToAddress(Channel.EMAIL, email, SecretKind.REGISTRATION_CLAIM_RECEIVED, null, fullName);
		}
		else {
			notifications.sendToAddress(Channel.WHATSAPP, phone, SecretKind.REGISTRATION_CLAIM_RECEIVED, null,
					fullName);
		}
	}

	/**
	 * To the owner of a login (an e-mail address, or a mobile number) that someone tried to register again: to that
	 * address, or for a number by every channel the owner has.
	 */
	void loginTaken(String login) {
		Channel channel = login.contains("@") ? Channel.EMAIL : null;
		accounts.findIdByLoginName(login)
			.ifPresent(owner -> notifications.sendSecret(owner, SecretKind.EMAIL_TAKEN, channel,
					portalUrl() + "/login"));
	}

	private String portalUrl() {
		return settings.portalUrl().replaceAll("/+$", "");
	}

}
