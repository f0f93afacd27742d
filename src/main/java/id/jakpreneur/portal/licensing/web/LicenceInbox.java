package id.jakpreneur.portal.licensing.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.licensing.query.LicenceQueries;
import org.springframework.stereotype.Component;

/** The officer's issued licences waiting for verification in their area. */
@Component
class LicenceInbox implements WorkInbox {

	private final LicenceQueries licences;

	LicenceInbox(LicenceQueries licences) {
		this.licences = licences;
	}

	@Override
	public List<Tray> traysFor(PortalUser user) {
		if (!WorkInbox.worksOfficerQueues(user)) {
			return List.of();
		}
		return List.of(new Tray(20, "inbox.licences", licences.countToVerify(user), "/officer/licences"));
	}

}
