package id.jakpreneur.portal.partner.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.PartnerManagement;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers describe what a partner offers and to whom: sector, size class range, area and phase. */
@Controller
@RequestMapping("/officer/partners/{partnerId}/offers")
class OfferController {

	static final String VIEW = "partner/offer-form";

	private final PartnerManagement partners;

	private final RegionDirectory regions;

	private final AreaOptions areas;

	OfferController(PartnerManagement partners, RegionDirectory regions, AreaOptions areas) {
		this.partners = partners;
		this.regions = regions;
		this.areas = areas;
	}

	@GetMapping("/new")
	String newOffer(@PathVariable long partnerId, Model model) {
		model.addAttribute("form", new OfferForm());
		return show(partnerId, null, model);
	}

	@PostMapping
	String create(@PathVariable long partnerId, @Valid @ModelAttribute("form") OfferForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.validateTarget(result, regions);
		if (result.hasErrors()) {
			return show(partnerId, null, model);
		}
		partners.addOffer(partnerId, form.toDraft());
		redirect.addFlashAttribute("flashSuccess", "partner.offer.saved");
		return "redirect:/officer/partners/" + partnerId;
	}

	@GetMapping("/{offerId}/edit")
	String edit(@PathVariable long partnerId, @PathVariable long offerId, Model model) {
		model.addAttribute("form", OfferForm.of(partners.offer(partnerId, offerId)));
		return show(partnerId, offerId, model);
	}

	@PostMapping("/{offerId}/edit")
	String update(@PathVariable long partnerId, @PathVariable long offerId,
			@Valid @ModelAttribute("form") OfferForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		partners.offer(partnerId, offerId);
		form.validateTarget(result, regions);
		if (result.hasErrors()) {
			return show(partnerId, offerId, model);
		}
		partners.updateOffer(partnerId, offerId, form.toDraft());
		redirect.addFlashAttribute("flashSuccess", "partner.offer.saved");
		return "redirect:/officer/partners/" + partnerId;
	}

	private String show(long partnerId, Long offerId, Model model) {
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("partnerName", partners.nameOf(partnerId));
		model.addAttribute("offerId", offerId);
		model.addAttribute("kinds", OfferKind.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("sizes", SizeClass.targetable());
		model.addAttribute("phases", Phase.values());
		model.addAttribute("areas", areas.all());
		return VIEW;
	}

}
