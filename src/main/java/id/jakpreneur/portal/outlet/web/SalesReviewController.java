package id.jakpreneur.portal.outlet.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.domain.SalesReports;
import id.jakpreneur.portal.outlet.query.SalesQueries;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's sales to confirm (decision 103): the reports waiting at the outlets of their area, a page at a time,
 * and one report with its proof, to confirm or to return with a reason. Outside their area: "not found".
 */
@Controller
class SalesReviewController {

	static final String PATH = "/officer/outlets/sales";

	static final String VIEW = "outlet/sales-queue";

	static final String DETAIL_VIEW = "outlet/sales-review";

	private final SalesQueries queries;

	private final SalesReports reports;

	SalesReviewController(SalesQueries queries, SalesReports reports) {
		this.queries = queries;
		this.reports = reports;
	}

	@GetMapping(PATH)
	String queue(@AuthenticationPrincipal PortalUser officer, @PageableDefault(size = 20) Pageable page, Model model) {
		Pageable bounded = page.getPageSize() > 100 ? PageRequest.of(page.getPageNumber(), 100) : page;
		model.addAttribute("reports", queries.waiting(officer, bounded));
		return VIEW;
	}

	@GetMapping(PATH + "/{id}")
	String report(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model) {
		model.addAttribute("form", new ReturnForm());
		return show(officer, id, model);
	}

	@PostMapping(PATH + "/{id}/confirm")
	String confirm(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, RedirectAttributes redirect) {
		try {
			reports.confirm(officer, id);
			redirect.addFlashAttribute("flashSuccess", "outlet.salesReview.confirmed");
			return "redirect:" + PATH;
		}
		catch (OutletRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:" + PATH + "/" + id;
		}
	}

	@PostMapping(PATH + "/{id}/return")
	String giveBack(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("form") ReturnForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				reports.returnToParticipant(officer, id, form.getReason());
				redirect.addFlashAttribute("flashSuccess", "outlet.salesReview.returned");
				return "redirect:" + PATH;
			}
			catch (OutletRefusedException ex) {
				result.reject(ex.messageKey());
			}
		}
		return show(officer, id, model);
	}

	private String show(PortalUser officer, long id, Model model) {
		model.addAttribute("report", queries.one(officer, id));
		return DETAIL_VIEW;
	}

}
