package id.jakpreneur.portal.entrepreneur.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.RefusalReason;
import id.jakpreneur.portal.entrepreneur.domain.DeletionRefusedException;
import id.jakpreneur.portal.entrepreneur.domain.Erasure;
import id.jakpreneur.portal.entrepreneur.domain.RetentionSettings;
import id.jakpreneur.portal.entrepreneur.query.DeletionQueries;
import id.jakpreneur.portal.entrepreneur.query.DeletionRow;
import id.jakpreneur.portal.shared.NotFoundException;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' queue of deletion requests (decision 109): oldest first with the legal time limit and the
 * overdue ones marked, the latest decisions and retention runs; a request's page to erase or refuse with a reason.
 */
@Controller
@RequestMapping("/admin/privacy/deletions")
class DeletionRequestController {

	static final String LIST = "entrepreneur/admin-deletions";

	static final String DETAIL = "entrepreneur/admin-deletion";

	private final DeletionQueries queries;

	private final Erasure erasure;

	private final RetentionSettings settings;

	private final Clock clock;

	DeletionRequestController(DeletionQueries queries, Erasure erasure, RetentionSettings settings, Clock clock) {
		this.queries = queries;
		this.erasure = erasure;
		this.settings = settings;
		this.clock = clock;
	}

	@ModelAttribute("refusalForm")
	RefusalForm refusalForm() {
		return new RefusalForm();
	}

	@GetMapping
	String list(@PageableDefault(size = 25) Pageable page, Model model) {
		model.addAttribute("requests", queries.pending(page, settings.deletionTimeLimit(), clock.instant()));
		model.addAttribute("overdue", queries.overdue(settings.deletionTimeLimit(), clock.instant()));
		model.addAttribute("decided", queries.decided(10, settings.deletionTimeLimit(), clock.instant()));
		model.addAttribute("runs", queries.retentionRuns(7));
		model.addAttribute("limitHours", settings.deletionTimeLimit().toHours());
		return LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return detail(id, model);
	}

	@PostMapping("/{id}/erase")
	String erase(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			erasure.erase(admin, id);
		}
		catch (DeletionRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/admin/privacy/deletions/" + id;
		}
		redirect.addFlashAttribute("flashSuccess", "privacy.decision.erased");
		return "redirect:/admin/privacy/deletions";
	}

	@PostMapping("/{id}/refuse")
	String refuse(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@Valid @ModelAttribute("refusalForm") RefusalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				erasure.refuse(admin, id, form.getReason(), form.getExplanation());
				redirect.addFlashAttribute("flashSuccess", "privacy.decision.refused");
				return "redirect:/admin/privacy/deletions";
			}
			catch (DeletionRefusedException ex) {
				if (ex.messageKey().equals("privacy.decision.already")) {
					redirect.addFlashAttribute("flashError", ex.messageKey());
					return "redirect:/admin/privacy/deletions/" + id;
				}
				result.rejectValue(ex.messageKey().startsWith("privacy.decision.reason") ? "reason" : "explanation",
						ex.messageKey());
			}
		}
		return detail(id, model);
	}

	private String detail(long id, Model model) {
		DeletionRow request = queries.get(id, settings.deletionTimeLimit(), clock.instant())
			.orElseThrow(NotFoundException::new);
		model.addAttribute("request", request);
		model.addAttribute("holds", request.pending() ? erasure.holds(request.participantId()) : List.of());
		model.addAttribute("reasons", RefusalReason.values());
		return DETAIL;
	}

}
