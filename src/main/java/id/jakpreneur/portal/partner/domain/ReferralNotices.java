package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.ReferralChanged;
import id.jakpreneur.portal.partner.ReferralStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people of a referral what happened to it, in the transaction that changed it: the contacts (with a
 * login) of the partner once the participant has consented to share a referral with it, and the participant each step of theirs,
 * except the one they took themself (applying). Contacts of other partners are never told. Every step happens once
 * per referral, so the referral and the step make the dedupe key.
 */
@Component
public class ReferralNotices {

	private final Notifications notifications;

	private final PartnerContactRepository contacts;

	private final ParticipantRecords participants;

	ReferralNotices(Notifications notifications, PartnerContactRepository contacts, ParticipantRecords participants) {
		this.notifications = notifications;
		this.contacts = contacts;
		this.participants = participants;
	}

	@EventListener
	void on(ReferralChanged changed) {
		boolean capital = changed.offerKind() == OfferKind.CAPITAL;
		String status = "msg:" + changed.status().labelKey(changed.offerKind());
		participants.accountOf(changed.participantId())
			.filter(account -> account != changed.actorId())
			.ifPresent(account -> notifications.send(account,
					capital ? NoticeKind.CAPITAL_APPLICATION_CHANGED : NoticeKind.REFERRAL_CHANGED,
					capital ? "/me/capital" : "/me/offers",
					"referral:" + changed.referralId() + ":" + changed.status().name(),
					capital ? changed.partnerName() : changed.offerTitle(), status,
					capital ? changed.offerTitle() : changed.partnerName()));
	}

	/**
	 * Tells the partner's contacts of a referral once the participant has consented to share it (never before: the
	 * notice names her business); once per referral, also when she consents again after a withdrawal.
	 */
	public void shared(long referralId, long partnerId, long participantId, String offerTitle) {
		String business = participants.referred(participantId).business().name();
		for (PartnerContact contact : contacts.findByPartnerIdOrderByFullName(partnerId)) {
			if (contact.getAccountId() != null) {
				notifications.send(contact.getAccountId(), NoticeKind.REFERRAL_RECEIVED,
						"/partner/referrals/" + referralId, "referral-received:" + referralId, offerTitle, business);
			}
		}
	}

}
