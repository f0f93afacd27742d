package id.jakpreneur.portal.notification.outbox;

import id.jakpreneur.portal.account.AccountSecretIssued;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.notification.SecretKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The account module's reset and activation links (decision 95): it cannot call {@link Notifications} (this module
 * depends on it), so it publishes {@link AccountSecretIssued} inside its transaction and the message is queued here,
 * synchronously, in that same transaction, to every address the account has.
 */
@Component
class AccountSecretMessages {

	private final Notifications notifications;

	AccountSecretMessages(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(AccountSecretIssued issued) {
		notifications.sendSecret(issued.accountId(), SecretKind.valueOf(issued.kind().name()), null, issued.secret(),
				issued.args().toArray(String[]::new));
	}

}
