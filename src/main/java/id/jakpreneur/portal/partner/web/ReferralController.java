package id.jakpreneur.portal.partner.web;

import java.util.List;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantSearch;
import id.jakpreneur.portal.entrepreneur.ParticipantSummary;
import id.jakpreneur.portal.entrepreneur.SearchCriteria;
import id.jakpreneur.portal.partner.DuplicateReferralException;
import id.jakpreneur.portal.partner.OfferUnavailableException;
import id.jakpreneur.portal.partner.PartnerOffers;
import id.jakpreneur.portal.partner.ReferralStatus;
import id.jakpreneur.portal.partner.Referrals;
import id.jakpreneur.portal.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers refer participants of their area to partner offers and follow the referrals: a list by status, the
 * referral form (find the participant by name, pick the offer), and each referral's page with its history.
 */
@Controller
@RequestMapping("/officer/referrals")
class ReferralController {

	static final String LIST_VIEW = "partner/referrals";

	static final String NEW_VIEW = "partner/referral-new";

	static final String DETAIL_VIEW = "partner/referral-detail";

	private static final int CANDIDATES = 10;

	private final Referrals referrals;

	private final PartnerOffers offers;

	private final ParticipantSearch search;

	ReferralController(Referrals referrals, PartnerOffers offers, ParticipantSearch search) {
		this.referrals = referrals;
		this.offers = offers;
		this.search = search;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser officer, @RequestParam(required = false) ReferralStatus status,
			@PageableDefault(size = 25) Pageable page, Model model) {
		model.addAttribute("referrals", referrals.forOfficer(officer, status, page));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ReferralStatus.values());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newReferral(@AuthenticationPrincipal PortalUser officer, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long offerId, Model model) {
		ReferralForm form = new ReferralForm();
		form.setOfferId(offerId);
		model.addAttribute("form", form);
		return showForm(officer, q, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser officer, @RequestParam(required = false) String q,
			@Valid @ModelAttribute("form") ReferralForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = referrals.refer(officer, form.getParticipantId(), form.getOfferId(), form.getNote());
				redirect.addFlashAttribute("flashSuccess", "partner.referral.sent");
				return "redirect:/officer/referrals/" + id;
			}
			catch (NotFoundException ex) {
				result.rejectValue("participantId", "partner.referral.participant.outsideArea");
			}
			catch (OfferUnavailableException ex) {
				result.rejectValue("offerId", "partner.referral.offer.unavailable");
			}
			catch (DuplicateReferralException ex) {
				result.rejectValue("offerId", "partner.referral.duplicate");
			}
		}
		return showForm(officer, q, model);
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model) {
		model.addAttribute("statusForm", new StatusForm());
		return showDetail(officer, id, model);
	}

	@PostMapping("/{id}/status")
	String changeStatus(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return ReferralPages.changeStatus(referrals, officer, id, form, result, redirect, "/officer/referrals/" + id)
			.orElseGet(() -> showDetail(officer, id, model));
	}

	private String showForm(PortalUser officer, String q, Model model) {
		String name = q == null ? "" : q.strip();
		if (name.length() > 120) {
			name = name.substring(0, 120);
		}
		List<ParticipantSummary> candidates = name.isEmpty() ? List.of()
				: search.search(officer, new SearchCriteria(name, null, null, null, null), PageRequest.of(0, CANDIDATES))
					.getContent();
		model.addAttribute("q", name);
		model.addAttribute("candidates", candidates);
		model.addAttribute("offers", offers.available());
		return NEW_VIEW;
	}

	private String showDetail(PortalUser officer, long id, Model model) {
		return ReferralPages.showDetail(referrals, officer, id, model, "/officer/referrals/", "/officer/referrals");
	}

}
