package id.jakpreneur.portal.notification.web;

import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.notification.outbox.Outbox;
import id.jakpreneur.portal.notification.query.OutboxQueries;
import id.jakpreneur.portal.notification.query.OutboxQueries.StatusFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The outbox for administrators: what was queued, sent, failed or retried, searchable, with a failed message queued
 * again on request. Secrets are never shown (the query does not read them) and addresses are masked.
 */
@Controller
@RequestMapping("/admin/messages")
class OutboxAdminController {

	private static final Logger log = LoggerFactory.getLogger(OutboxAdminController.class);

	private static final int LONGEST_SEARCH = 100;

	private final OutboxQueries queries;

	private final Outbox outbox;

	OutboxAdminController(OutboxQueries queries, Outbox outbox) {
		this.queries = queries;
		this.outbox = outbox;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String q, @PageableDefault(size = 25) Pageable page, Model model) {
		StatusFilter state = StatusFilter.parse(status);
		String via = "EMAIL".equals(channel) || "WHATSAPP".equals(channel) ? channel : null;
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > LONGEST_SEARCH) {
			text = text.substring(0, LONGEST_SEARCH);
		}
		model.addAttribute("messages", queries.search(state, via, text, page));
		model.addAttribute("counts", queries.counts());
		model.addAttribute("status", state == null ? "" : state.name());
		model.addAttribute("channel", via == null ? "" : via);
		model.addAttribute("q", text == null ? "" : text);
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/messages")
			.queryParamIfPresent("status", Optional.ofNullable(state).map(Enum::name))
			.queryParamIfPresent("channel", Optional.ofNullable(via))
			.queryParamIfPresent("q", Optional.ofNullable(text))
			.build()
			.encode()
			.toUriString());
		return "notification/outbox";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		if (outbox.retryFailed(id)) {
			log.info("Outbox message {} queued again by account {}", id, admin.accountId());
			redirect.addFlashAttribute("flashSuccess", "notification.outbox.retried");
		}
		else {
			redirect.addFlashAttribute("flashError", "notification.outbox.notRetryable");
		}
		return "redirect:/admin/messages?status=FAILED";
	}

}
