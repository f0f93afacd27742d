package id.jakpreneur.portal.notification.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.notification.outbox.MessageTexts;
import id.jakpreneur.portal.notification.query.Notice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notices of the logged-in person, newest first, unread ones marked, each in the reader's language; "mark all
 * read" empties the bell. Only one's own notices exist here: the account comes from the login, never from the URL.
 */
@Controller
class NotificationController {

	static final String VIEW = "notification/notifications";

	private final Notifications notices;

	private final MessageTexts texts;

	NotificationController(Notifications notices, MessageTexts texts) {
		this.notices = notices;
		this.texts = texts;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal PortalUser user, @PageableDefault(size = 20) Pageable page, Locale locale,
			Model model) {
		Slice<Notice> slice = notices.latest(user.accountId(), page);
		Map<Long, String> shown = slice.getContent()
			.stream()
			.collect(Collectors.toMap(Notice::id, n -> texts.notice(n.kind(), n.args(), locale)));
		model.addAttribute("notices", slice);
		model.addAttribute("texts", shown);
		return VIEW;
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		notices.markAllRead(user.accountId());
		redirect.addFlashAttribute("flashSuccess", "notification.notices.allRead");
		return "redirect:/notifications";
	}

}
