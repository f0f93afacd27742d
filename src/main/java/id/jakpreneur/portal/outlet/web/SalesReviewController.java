package id.jakpreneur.portal.outlet.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.document.StoredDocument;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.domain.SalesReports;
import id.jakpreneur.portal.outlet.query.SalesQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
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
 * and one report with its receipts, to confirm or to return with a reason. Outside their area: "not found".
 */
@Controller
class SalesReviewController {

	static final String PATH = "/officer/outlets/sales";

	static final String VIEW = "outlet/sales-queue";

	static final String DETAIL_VIEW = "outlet/sales-review";

	private final SalesQueries queries;

	private final SalesReports reports;

	private final Documents documents;

	SalesReviewController(SalesQueries queries, SalesReports reports, Documents documents) {
		this.queries = queries;
		this.reports = reports;
		this.documents = documents;
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

	/**
	 * A receipt of a report at an outlet of the officer's area: the officer of the outlet may not cover the
	 * participant's own kecamatan, which is what {@code /documents/{id}} asks, so the outlet serves it under its rule
	 * (with the document module's headers).
	 */
	@GetMapping(PATH + "/{id}/receipts/{documentId}")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@PathVariable long documentId) {
		queries.one(officer, id);
		StoredDocument meta = documents.of(DocumentPurpose.OUTLET_SALES, id)
			.stream()
			.filter(d -> d.id() == documentId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		return documents.content(meta.id()).inline();
	}

	private String show(PortalUser officer, long id, Model model) {
		model.addAttribute("report", queries.one(officer, id));
		model.addAttribute("receipts", documents.of(DocumentPurpose.OUTLET_SALES, id));
		return DETAIL_VIEW;
	}

}
