package id.jakpreneur.portal.entrepreneur.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.entrepreneur.ParticipantSearch;
import id.jakpreneur.portal.entrepreneur.query.ClaimQueries;
import org.springframework.stereotype.Component;

/** The officer's registrations to validate and the secretariat's open NIK claims, in their area. */
@Component
class RegistrationInbox implements WorkInbox {

	private final ParticipantSearch search;

	private final ClaimQueries claims;

	RegistrationInbox(ParticipantSearch search, ClaimQueries claims) {
		this.search = search;
		this.claims = claims;
	}

	@Override
	public List<Tray> traysFor(PortalUser user) {
		if (!WorkInbox.worksOfficerQueues(user)) {
			return List.of();
		}
		return List.of(
				new Tray(10, "inbox.registrations", search.countWaiting(user), RegistrationQueueController.PATH),
				new Tray(15, "inbox.claims", claims.countOpen(user), "/officer/registration-claims"));
	}

}
