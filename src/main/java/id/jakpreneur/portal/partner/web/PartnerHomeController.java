package id.jakpreneur.portal.partner.web;

import java.util.Optional;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.partner.PartnerManagement;
import id.jakpreneur.portal.partner.Referrals;
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
 * The partner contact's pages: the referrals sent to their organisation, and each one's page where they move it
 * along. Referrals of other organisations answer 404.
 */
@Controller
class PartnerHomeController {

	static final String HOME_VIEW = "partner/home";

	private final PartnerManagement partners;

	private final Referrals referrals;

	PartnerHomeController(PartnerManagement partners, Referrals referrals) {
		this.partners = partners;
		this.referrals = referrals;
	}

	@GetMapping("/partner")
	String home(@AuthenticationPrincipal PortalUser user, @PageableDefault(size = 25) Pageable page, Model model) {
		model.addAttribute("user", user);
		Optional<Long> partnerId = partners.partnerOf(user);
		partnerId.ifPresent(id -> {
			model.addAttribute("partnerName", partners.nameOf(id));
			model.addAttribute("referrals", referrals.forPartner(user, page));
		});
		return HOME_VIEW;
	}

	@GetMapping("/partner/referrals/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("statusForm", new StatusForm());
		return showDetail(user, id, model);
	}

	@PostMapping("/partner/referrals/{id}/status")
	String changeStatus(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return ReferralPages.changeStatus(referrals, user, id, form, result, redirect, "/partner/referrals/" + id)
			.orElseGet(() -> showDetail(user, id, model));
	}

	private String showDetail(PortalUser user, long id, Model model) {
		return ReferralPages.showDetail(referrals, user, id, model, "/partner/referrals/", "/partner");
	}

}
