package id.jakpreneur.portal.outlet.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.domain.CurationStatus;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.query.ProductQueries;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of curation. Mentors ({@code /mentor/outlets/products}) verify what their mentees (and participants
 * of their area who have no mentor yet) submit; officers ({@code /officer/outlets/curation}) validate verified products and, as curators, grade validated
 * ones. Each queue is limited to the person's area; a product outside it answers 404.
 */
@Controller
class CurationController {

	static final String QUEUE_VIEW = "outlet/curation-queue";

	static final String PRODUCT_VIEW = "outlet/product";

	private final ProductCuration curation;

	private final ProductQueries products;

	CurationController(ProductCuration curation, ProductQueries products) {
		this.curation = curation;
		this.products = products;
	}

	@GetMapping("/mentor/outlets/products")
	String mentorQueue(@AuthenticationPrincipal PortalUser mentor, @PageableDefault(size = 20) Pageable page,
			Model model) {
		model.addAttribute("step", CurationStatus.SUBMITTED);
		model.addAttribute("products", products.queue(mentor, CurationStatus.SUBMITTED, page));
		model.addAttribute("baseUrl", "/mentor/outlets/products");
		return QUEUE_VIEW;
	}

	@GetMapping("/officer/outlets/curation")
	String officerQueue(@AuthenticationPrincipal PortalUser officer, @RequestParam(required = false) String step,
			@PageableDefault(size = 20) Pageable page, Model model) {
		CurationStatus shown = "VALIDATED".equals(step) ? CurationStatus.VALIDATED : CurationStatus.VERIFIED;
		model.addAttribute("step", shown);
		model.addAttribute("products", products.queue(officer, shown, page));
		model.addAttribute("baseUrl", "/officer/outlets/curation");
		return QUEUE_VIEW;
	}

	@GetMapping({ "/mentor/outlets/products/{id}", "/officer/outlets/products/{id}" })
	String product(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("decisionForm", new DecisionForm());
		model.addAttribute("gradeForm", new GradeForm());
		return show(user, id, model);
	}

	@PostMapping("/mentor/outlets/products/{id}/verify")
	String verify(@AuthenticationPrincipal PortalUser mentor, @PathVariable long id,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return decide(mentor, id, form, result, model, redirect,
				() -> curation.verify(mentor, id, form.getApprove(), form.getNote()), "outlet.curation.verified",
				"redirect:/mentor/outlets/products");
	}

	@PostMapping("/officer/outlets/products/{id}/validate")
	String validate(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return decide(officer, id, form, result, model, redirect,
				() -> curation.validate(officer, id, form.getApprove(), form.getNote()), "outlet.curation.validated",
				"redirect:/officer/outlets/products/" + id);
	}

	/**
	 * A verification or a validation: approved, the flash says {@code approved} and the page goes to {@code next};
	 * returned, the flash says so; refused, the product page shows why.
	 */
	private String decide(PortalUser user, long id, DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Runnable step, String approved, String next) {
		products.get(user, id);
		form.requireNoteOnReturn(result);
		if (!result.hasErrors()) {
			try {
				step.run();
				redirect.addFlashAttribute("flashSuccess", form.getApprove() ? approved : "outlet.curation.returned");
				return next;
			}
			catch (OutletRefusedException ex) {
				result.reject(ex.messageKey());
			}
		}
		model.addAttribute("gradeForm", new GradeForm());
		return show(user, id, model);
	}

	@PostMapping("/officer/outlets/products/{id}/grade")
	String grade(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("gradeForm") GradeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		products.get(officer, id);
		if (!result.hasErrors()) {
			try {
				curation.grade(officer, id, form.getGrade(), form.getNotes());
				redirect.addFlashAttribute("flashSuccess", "outlet.curation.graded");
				return "redirect:/officer/outlets/curation?step=VALIDATED";
			}
			catch (OutletRefusedException ex) {
				result.reject(ex.messageKey());
			}
		}
		model.addAttribute("decisionForm", new DecisionForm());
		return show(officer, id, model);
	}

	private String show(PortalUser user, long id, Model model) {
		model.addAttribute("product", products.get(user, id));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("role", user.role().name());
		return PRODUCT_VIEW;
	}

}
