package id.jakpreneur.portal.eorder.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.eorder.query.BuyerQueries;
import org.springframework.stereotype.Component;

/** Requests for a buyer account waiting for an administrator (province-wide: buyers have no area). */
@Component
class BuyerRequestInbox implements WorkInbox {

	private final BuyerQueries queries;

	BuyerRequestInbox(BuyerQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Tray> traysFor(PortalUser user) {
		if (user.role() != Role.ADMIN) {
			return List.of();
		}
		return List.of(new Tray(70, "inbox.buyerRequests", queries.pendingRequests(), "/admin/buyers/requests"));
	}

}
