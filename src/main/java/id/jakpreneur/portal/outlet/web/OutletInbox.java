package id.jakpreneur.portal.outlet.web;

import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.outlet.domain.CurationStatus;
import id.jakpreneur.portal.outlet.query.OutletWorkQueries;
import id.jakpreneur.portal.outlet.query.ProductQueries;
import org.springframework.stereotype.Component;

/**
 * Outlet work: for a mentor, products to verify; for an officer, products to validate and to grade, applications on
 * waiting lists, ended bookings without a sales report and sales reports to confirm, in their area.
 */
@Component
class OutletInbox implements WorkInbox {

	private final ProductQueries products;

	private final OutletWorkQueries work;

	OutletInbox(ProductQueries products, OutletWorkQueries work) {
		this.products = products;
		this.work = work;
	}

	@Override
	public List<Tray> traysFor(PortalUser user) {
		if (user.role() == Role.MENTOR) {
			return List.of(new Tray(40, "inbox.products.verify",
					products.waiting(user).getOrDefault(CurationStatus.SUBMITTED, 0L), "/mentor/outlets/products"));
		}
		if (!WorkInbox.worksOfficerQueues(user)) {
			return List.of();
		}
		Map<CurationStatus, Long> curation = products.waiting(user);
		OutletWorkQueries.Counts counts = work.counts(user);
		return List.of(
				new Tray(30, "inbox.products.validate", curation.getOrDefault(CurationStatus.VERIFIED, 0L),
						"/officer/outlets/curation"),
				new Tray(31, "inbox.products.grade", curation.getOrDefault(CurationStatus.VALIDATED, 0L),
						"/officer/outlets/curation?step=VALIDATED"),
				new Tray(40, "inbox.outlets.applications", counts.waiting(), OutletWorkController.PATH),
				new Tray(41, "inbox.outlets.sales", counts.salesUnreported(), OutletWorkController.PATH),
				new Tray(42, "inbox.outlets.salesToConfirm", counts.salesToConfirm(), SalesReviewController.PATH));
	}

}
