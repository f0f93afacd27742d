package id.jakpreneur.portal.notification.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.notification.Notifications;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the logged-in person's unread notices for the bell in the layout's header: one indexed count
 * (a partial index over unread notices). Anonymous visitors get none and cost no query.
 */
@ControllerAdvice
class NoticeBellAdvice {

	private final Notifications notices;

	NoticeBellAdvice(Notifications notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	Long unreadNotices(@AuthenticationPrincipal PortalUser user) {
		return user == null ? null : notices.unreadCount(user.accountId());
	}

}
