package id.jakpreneur.portal.partner.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.partner.ReferralStatus;
import id.jakpreneur.portal.partner.Referrals;
import org.springframework.stereotype.Component;

/** Referrals of the officer's area sent to a partner and not answered yet: the ones to follow up. */
@Component
class ReferralInbox implements WorkInbox {

	private final Referrals referrals;

	ReferralInbox(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public List<Tray> traysFor(PortalUser user) {
		if (!WorkInbox.worksOfficerQueues(user)) {
			return List.of();
		}
		return List.of(new Tray(50, "inbox.referrals", referrals.countForOfficer(user, ReferralStatus.SENT),
				"/officer/referrals?status=SENT"));
	}

}
