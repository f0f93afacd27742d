package id.jakpreneur.portal.partner.web;

import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.partner.domain.IllegalReferralStepException;
import id.jakpreneur.portal.partner.CapitalDecision;
import id.jakpreneur.portal.partner.domain.CapitalDecisionRefusedException;
import id.jakpreneur.portal.partner.Referrals;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The referral page and the status change both officers and partner contacts use, handled the same way for both. */
final class ReferralPages {

	private ReferralPages() {
	}

	/** The redirect after a successful change, or empty when the page must be shown again with the errors. */
	static Optional<String> changeStatus(Referrals referrals, PortalUser actor, long id, StatusForm form,
			BindingResult result, RedirectAttributes redirect, String detailUrl) {
		form.validateReason(result);
		CapitalDecision decision = form.decision(result);
		if (!result.hasErrors()) {
			try {
				referrals.changeStatus(actor, id, form.getStatus(), form.getReason(), form.isNoteShown(), decision);
				redirect.addFlashAttribute("flashSuccess", "partner.referral.statusChanged");
				return Optional.of("redirect:" + detailUrl);
			}
			catch (IllegalReferralStepException ex) {
				result.rejectValue("status", "partner.referral.step.invalid");
			}
			catch (CapitalDecisionRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return Optional.empty();
	}

	/** The referral page under {@code base} (".../referrals/"), with its pack, status form and back link. */
	static String showDetail(Referrals referrals, PortalUser viewer, long id, Model model, String base,
			String backUrl) {
		model.addAttribute("referral", referrals.get(viewer, id));
		model.addAttribute("capital", referrals.capitalApplication(viewer, id).orElse(null));
		model.addAttribute("packUrl", base + id + "/pack");
		model.addAttribute("statusAction", base + id + "/status");
		model.addAttribute("backUrl", backUrl);
		return ReferralController.DETAIL_VIEW;
	}

}
