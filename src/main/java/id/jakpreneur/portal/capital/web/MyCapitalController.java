package id.jakpreneur.portal.capital.web;

import java.util.List;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.capital.domain.CapitalApplications;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.document.DocumentRefusedException;
import id.jakpreneur.portal.partner.CapitalApplication;
import id.jakpreneur.portal.partner.DuplicateReferralException;
import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.OfferUnavailableException;
import id.jakpreneur.portal.partner.OfferView;
import id.jakpreneur.portal.partner.PartnerOffers;
import id.jakpreneur.portal.partner.Referrals;
import org.springframework.data.domain.PageRequest;
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
 * P7 on the participant's side: their capital readiness with what is missing, the partners' capital offers that fit
 * them, the application form, their applications with where each stands, and each application's referral pack.
 */
@Controller
@RequestMapping("/me/capital")
class MyCapitalController {

	static final String VIEW = "capital/my-capital";

	static final String PACK_VIEW = "capital/capital-pack";

	/** Capital offers fit in one page: banks and funds with an MoU are tens, not thousands. */
	private static final int OFFERS = 50;

	private final CapitalApplications capital;

	private final Referrals referrals;

	private final PartnerOffers offers;

	private final Assessments assessments;

	MyCapitalController(CapitalApplications capital, Referrals referrals, PartnerOffers offers,
			Assessments assessments) {
		this.capital = capital;
		this.referrals = referrals;
		this.offers = offers;
		this.assessments = assessments;
	}

	@GetMapping
	String show(@CurrentParticipant ParticipantView me, @RequestParam(required = false) Long offerId, Model model) {
		CapitalForm form = new CapitalForm();
		form.setOfferId(offerId);
		model.addAttribute("form", form);
		return view(me, model);
	}

	@PostMapping
	String apply(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@Valid @ModelAttribute("form") CapitalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validateAmount(result);
		if (!result.hasErrors()) {
			try {
				long id = referrals.apply(user, form.getOfferId(), form.amountValue(), form.getPurpose());
				redirect.addFlashAttribute("flashSuccess", "programme.capital.applied");
				return "redirect:/me/capital#application-" + id;
			}
			catch (OfferUnavailableException ex) {
				result.rejectValue("offerId", "programme.capital.offer.unavailable");
			}
			catch (DuplicateReferralException ex) {
				result.rejectValue("offerId", "programme.capital.duplicate");
			}
		}
		return view(me, model);
	}

	/** Adds a document (a bank statement, a quote...) to one of her open applications; a refused file stays beside it. */
	@PostMapping("/{referralId}/documents")
	String attach(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@PathVariable long referralId, @ModelAttribute("documentForm") CapitalDocumentForm documentForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (documentForm.getFile() == null || documentForm.getFile().isEmpty()) {
			result.rejectValue("file", "validation.required");
		}
		else {
			try {
				capital.attach(user, referralId, documentForm.getFile());
				redirect.addFlashAttribute("flashSuccess", "programme.capital.documentAdded");
				return "redirect:/me/capital#application-" + referralId;
			}
			catch (DocumentRefusedException ex) {
				result.rejectValue("file", ex.messageKey());
			}
		}
		model.addAttribute("form", new CapitalForm());
		model.addAttribute("documentFor", referralId);
		return view(me, model);
	}

	@GetMapping("/{referralId}/pack")
	String pack(@AuthenticationPrincipal PortalUser user, @PathVariable long referralId, Model model) {
		model.addAttribute("pack", capital.pack(user, referralId));
		model.addAttribute("backUrl", "/me/capital");
		return PACK_VIEW;
	}

	private String view(ParticipantView me, Model model) {
		List<OfferView> capitalOffers = offers.fitting(me, assessments.currentPhase(me.id()), PageRequest.of(0, OFFERS))
			.stream().filter(o -> o.kind() == OfferKind.CAPITAL).toList();
		model.addAttribute("participant", me);
		model.addAttribute("readiness", capital.readiness(me));
		model.addAttribute("offers", capitalOffers);
		List<CapitalApplication> applications = referrals.capitalApplications(me.id());
		model.addAttribute("applications", applications);
		model.addAttribute("documents", capital.documentsOf(applications.stream().map(a -> a.referral().id()).toList()));
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", new CapitalDocumentForm());
		}
		return VIEW;
	}

}
