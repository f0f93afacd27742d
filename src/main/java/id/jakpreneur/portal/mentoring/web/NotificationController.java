package id.jakpreneur.portal.mentoring.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.mentoring.Notices;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notices of the logged-in person, newest first, unread ones marked; "mark all read" empties the bell. Only
 * one's own notices exist here: the account comes from the login, never from the URL.
 */
@Controller
class NotificationController {

	static final String VIEW = "mentoring/notifications";

	private final Notices notices;

	NotificationController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal PortalUser user, @PageableDefault(size = 20) Pageable page, Model model) {
		model.addAttribute("notices", notices.latest(user.accountId(), page));
		return VIEW;
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		notices.markAllRead(user.accountId());
		redirect.addFlashAttribute("flashSuccess", "mentoring.notices.allRead");
		return "redirect:/notifications";
	}

}
