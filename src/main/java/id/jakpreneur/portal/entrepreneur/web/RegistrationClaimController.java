package id.jakpreneur.portal.entrepreneur.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationClaims;
import id.jakpreneur.portal.entrepreneur.query.ClaimQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kecamatan secretariat's queue of registrations whose NIK is already held: the officer checks the KTP in person,
 * acts (a walk-in registration, a correction of the other record, or nothing) and resolves the claim with a note.
 */
@Controller
@RequestMapping("/officer/registration-claims")
class RegistrationClaimController {

	static final String VIEW = "entrepreneur/officer-claims";

	private final ClaimQueries queries;

	private final RegistrationClaims claims;

	RegistrationClaimController(ClaimQueries queries, RegistrationClaims claims) {
		this.queries = queries;
		this.claims = claims;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser officer, Model model) {
		return show(officer, model);
	}

	@PostMapping("/{id}/resolve")
	String resolve(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		if (note.isBlank() || note.length() > 500 || note.contains("<")) {
			model.addAttribute("noteError", note.isBlank() ? "validation.required" : "officer.reason.invalid");
			model.addAttribute("noteFor", id);
			return show(officer, model);
		}
		claims.resolve(officer, id, note);
		redirect.addFlashAttribute("flashSuccess", "officer.claims.resolved");
		return "redirect:/officer/registration-claims";
	}

	private String show(PortalUser officer, Model model) {
		model.addAttribute("claims", queries.open(officer));
		model.addAttribute("total", queries.countOpen(officer));
		model.addAttribute("shown", ClaimQueries.SHOWN);
		model.addAttribute("officer", officer);
		return VIEW;
	}

}
