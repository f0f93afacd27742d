package id.jakpreneur.portal.eorder.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.eorder.domain.Buyers;
import id.jakpreneur.portal.eorder.domain.EOrderRefusedException;
import id.jakpreneur.portal.eorder.domain.OrganisationKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public form "request a buyer account" for purchasing officers of DKI agencies, BUMD and schools. Visitors have
 * no session (decision 73), so the thank-you is the same page with {@code ?sent=true}, not a flash message.
 */
@Controller
@RequestMapping("/pembeli/daftar")
class BuyerRequestController {

	static final String VIEW = "eorder/request";

	private final Buyers buyers;

	BuyerRequestController(Buyers buyers) {
		this.buyers = buyers;
	}

	@GetMapping
	String form(@RequestParam(defaultValue = "false") boolean sent, Model model) {
		model.addAttribute("form", new RequestForm());
		model.addAttribute("sent", sent);
		return page(model);
	}

	@PostMapping
	String request(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Model model) {
		form.validateContact(result);
		if (!result.hasErrors()) {
			try {
				buyers.request(form.getOrganisationKind(), form.getOrganisationName(), form.toDraft());
				return "redirect:/pembeli/daftar?sent=true";
			}
			catch (EOrderRefusedException ex) {
				result.rejectValue("email", ex.messageKey());
			}
		}
		model.addAttribute("sent", false);
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
		return VIEW;
	}

}
