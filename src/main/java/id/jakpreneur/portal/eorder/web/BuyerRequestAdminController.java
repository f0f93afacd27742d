package id.jakpreneur.portal.eorder.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.eorder.domain.Buyers;
import id.jakpreneur.portal.eorder.domain.EOrderRefusedException;
import id.jakpreneur.portal.eorder.query.BuyerQueries;
import id.jakpreneur.portal.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requests for a buyer account: the waiting ones (oldest first) and the decided ones, and each request's page
 * where the administrator approves it (the account opens, answered with its activation slip) or rejects it with a
 * reason.
 */
@Controller
@RequestMapping("/admin/buyers/requests")
class BuyerRequestAdminController {

	static final String LIST_VIEW = "eorder/admin-requests";

	static final String DETAIL_VIEW = "eorder/admin-request";

	private final Buyers buyers;

	private final BuyerQueries queries;

	BuyerRequestAdminController(Buyers buyers, BuyerQueries queries) {
		this.buyers = buyers;
		this.queries = queries;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean decided, @PageableDefault(size = 25) Pageable page,
			Model model) {
		model.addAttribute("decided", decided);
		model.addAttribute("requests", queries.requests(!decided, page));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("rejectForm", new ReasonForm());
		return page(id, model);
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		try {
			ActivationSlip slip = buyers.approve(admin, id);
			model.addAttribute("slip", slip);
			model.addAttribute("slipBack", "/admin/buyers/requests");
			return ActivationSlip.VIEW;
		}
		catch (EOrderRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/admin/buyers/requests/" + id;
		}
	}

	@PostMapping("/{id}/reject")
	String reject(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@Valid @ModelAttribute("rejectForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			buyers.reject(admin, id, form.getReason());
			redirect.addFlashAttribute("flashSuccess", "eorder.request.rejected");
			return "redirect:/admin/buyers/requests";
		}
		catch (EOrderRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/admin/buyers/requests/" + id;
		}
	}

	private String page(long id, Model model) {
		model.addAttribute("request", queries.request(id).orElseThrow(NotFoundException::new));
		return DETAIL_VIEW;
	}

}
