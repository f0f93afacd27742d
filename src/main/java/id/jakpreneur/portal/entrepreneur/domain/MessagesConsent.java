package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NoticePreferencesChanged;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.ConsentWithdrawn;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a participant's consent to messages and her account's e-mail and WhatsApp preferences one choice, in the
 * transaction that changes either: turning messages on or off on {@code /account} gives or withdraws the consent
 * (with its text version and time), and a withdrawn consent turns both channels off and drops her notices queued
 * for them and not yet sent.
 */
@Component
class MessagesConsent {

	private final ParticipantRepository participants;

	private final Consents consents;

	private final AccountManagement accounts;

	private final Notifications notifications;

	MessagesConsent(ParticipantRepository participants, Consents consents, AccountManagement accounts,
			Notifications notifications) {
		this.participants = participants;
		this.consents = consents;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@EventListener
	void on(NoticePreferencesChanged change) {
		participants.findByAccountId(change.accountId()).ifPresent(participant -> {
			if (change.wantsMessages()) {
				consents.give(participant.getId(), ConsentPurpose.MESSAGES, null, PrivacyChoices.MESSAGES_TEXT);
			}
			else {
				consents.withdraw(participant.getId(), ConsentPurpose.MESSAGES, null);
			}
		});
	}

	@EventListener
	void on(ConsentWithdrawn withdrawn) {
		if (withdrawn.purpose() != ConsentPurpose.MESSAGES) {
			return;
		}
		participants.findById(withdrawn.participantId())
			.map(Participant::getAccountId)
			.ifPresent(accountId -> {
				accounts.wantMessages(accountId, false);
				notifications.dropQueuedMessages(accountId);
			});
	}

}
