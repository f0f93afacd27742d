package id.jakpreneur.portal.eorder.domain;

import java.time.LocalDate;

import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.stereotype.Component;

/**
 * Every step of an order tells the other party, in the step's transaction, with a link to their page of the order:
 * the seller's {@code /me/orders/{id}}, the asking buyer's {@code /buyer/orders/{id}}.
 */
@Component
class OrderNotices {

	private final Notifications notifications;

	private final BuyerRepository buyers;

	OrderNotices(Notifications notifications, BuyerRepository buyers) {
		this.notifications = notifications;
		this.buyers = buyers;
	}

	void toSeller(Long sellerAccountId, NoticeKind kind, PurchaseOrder order, String organisationName, String... more) {
		if (sellerAccountId != null) {
			notifications.send(sellerAccountId, kind, "/me/orders/" + order.getId(), null,
					args(organisationName, order, more));
		}
	}

	void toBuyer(NoticeKind kind, PurchaseOrder order, String businessName, String... more) {
		Long account = buyers.findById(order.getAskedBy()).map(Buyer::getAccountId).orElse(null);
		if (account != null) {
			notifications.send(account, kind, "/buyer/orders/" + order.getId(), null, args(businessName, order, more));
		}
	}

	static String number(PurchaseOrder order) {
		return "#" + order.getId();
	}

	static String amount(Long amount) {
		return amount == null ? "0" : Rupiah.format(amount);
	}

	static String date(LocalDate date) {
		return NoticeDates.day(date);
	}

	private static String[] args(String party, PurchaseOrder order, String... more) {
		String[] args = new String[2 + more.length];
		args[0] = party;
		args[1] = number(order);
		System.arraycopy(more, 0, args, 2, more.length);
		return args;
	}

}
