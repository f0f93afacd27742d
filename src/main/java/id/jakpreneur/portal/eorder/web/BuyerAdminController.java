package id.jakpreneur.portal.eorder.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.eorder.domain.BuyerOrganisation;
import id.jakpreneur.portal.eorder.domain.Buyers;
import id.jakpreneur.portal.eorder.domain.EOrderRefusedException;
import id.jakpreneur.portal.eorder.domain.OrganisationKind;
import id.jakpreneur.portal.eorder.query.BuyerQueries;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
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
 * The administrator keeps the buyers (as the partner register): organisations, their buyers, each buyer's BUYER
 * login (answered with the printable activation slip, the link also going to the work e-mail).
 */
@Controller
@RequestMapping("/admin/buyers")
class BuyerAdminController {

	static final String LIST_VIEW = "eorder/admin-organisations";

	static final String FORM_VIEW = "eorder/admin-organisation-form";

	static final String DETAIL_VIEW = "eorder/admin-organisation";

	private final Buyers buyers;

	private final BuyerQueries queries;

	private final RegionDirectory regions;

	BuyerAdminController(Buyers buyers, BuyerQueries queries, RegionDirectory regions) {
		this.buyers = buyers;
		this.queries = queries;
		this.regions = regions;
	}

	@GetMapping
	String list(@PageableDefault(size = 25) Pageable page, Model model) {
		model.addAttribute("organisations", queries.organisations(page));
		model.addAttribute("pending", queries.pendingRequests());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newOrganisation(Model model) {
		model.addAttribute("form", new OrganisationForm());
		return form(model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String city = form.getCityCode() == null || form.getCityCode().isBlank() ? null : form.getCityCode();
		if (city != null && !result.hasFieldErrors("cityCode") && !regions.exists(city, RegionLevel.CITY)) {
			result.rejectValue("cityCode", "validation.invalidChoice");
		}
		if (!result.hasErrors()) {
			try {
				long id = buyers.createOrganisation(admin, form.getKind(), form.getName(), city);
				redirect.addFlashAttribute("flashSuccess", "eorder.organisation.saved");
				return "redirect:/admin/buyers/" + id;
			}
			catch (EOrderRefusedException ex) {
				result.rejectValue("name", ex.messageKey());
			}
		}
		return form(model);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("buyerForm", new PersonFields());
		return detailPage(id, model);
	}

	@PostMapping("/{id}/buyers")
	String addBuyer(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@Valid @ModelAttribute("buyerForm") PersonFields form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		buyers.organisation(id);
		if (!result.hasErrors()) {
			try {
				buyers.addBuyer(admin, id, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "eorder.buyer.added");
				return "redirect:/admin/buyers/" + id;
			}
			catch (EOrderRefusedException ex) {
				result.rejectValue("email", ex.messageKey());
			}
		}
		return detailPage(id, model);
	}

	/** Opens the buyer's login: the slip with the activation code, shown this once. */
	@PostMapping("/{id}/buyers/{buyerId}/account")
	String openAccount(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, @PathVariable long buyerId,
			Model model, RedirectAttributes redirect) {
		try {
			ActivationSlip slip = buyers.openAccount(admin, id, buyerId);
			model.addAttribute("slip", slip);
			model.addAttribute("slipBack", "/admin/buyers/" + id);
			return ActivationSlip.VIEW;
		}
		catch (EOrderRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/admin/buyers/" + id;
		}
	}

	private String form(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("cities", regions.cities());
		return FORM_VIEW;
	}

	private String detailPage(long id, Model model) {
		BuyerOrganisation organisation = buyers.organisation(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("people", queries.buyersOf(id));
		model.addAttribute("cityName", organisation.getCityCode() == null ? null : regions.nameOf(organisation.getCityCode()));
		return DETAIL_VIEW;
	}

}
