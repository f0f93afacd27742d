package id.jakpreneur.portal.entrepreneur.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantSearch;
import id.jakpreneur.portal.entrepreneur.domain.BulkValidation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's queue of registrations of their area waiting for validation, oldest first, a page at a time; several
 * can be ticked and validated at once, each as the single validation would, with a summary of what happened.
 */
@Controller
@RequestMapping(RegistrationQueueController.PATH)
class RegistrationQueueController {

	static final String PATH = "/officer/registrations";

	static final String VIEW = "entrepreneur/registration-queue";

	private final ParticipantSearch search;

	private final BulkValidation bulk;

	RegistrationQueueController(ParticipantSearch search, BulkValidation bulk) {
		this.search = search;
		this.bulk = bulk;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal PortalUser officer, @PageableDefault(size = 20) Pageable page, Model model) {
		Pageable bounded = page.getPageSize() > BulkValidation.LIMIT
				? PageRequest.of(page.getPageNumber(), BulkValidation.LIMIT) : page;
		model.addAttribute("waiting", search.waiting(officer, bounded));
		return VIEW;
	}

	@PostMapping("/validate")
	String validate(@AuthenticationPrincipal PortalUser officer,
			@RequestParam(name = "participant", required = false) List<Long> ids, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("flashError", "officer.bulk.none");
		}
		else if (ids.size() > BulkValidation.LIMIT) {
			redirect.addFlashAttribute("flashError", "officer.bulk.tooMany");
		}
		else {
			redirect.addFlashAttribute("bulkSummary", bulk.validate(officer, ids));
		}
		return "redirect:" + PATH;
	}

}
