package id.jakpreneur.portal.entrepreneur.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.domain.ConsentRefusedException;
import id.jakpreneur.portal.entrepreneur.domain.PrivacyChoices;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consent buttons of {@code /me/privacy}: withdraw one of her consents, or give the catalogue or messages again. */
@Controller
@RequestMapping("/me/privacy/consents")
class ConsentController {

	private final PrivacyChoices choices;

	ConsentController(PrivacyChoices choices) {
		this.choices = choices;
	}

	@PostMapping("/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@RequestParam ConsentPurpose purpose, @RequestParam(required = false) Long referenceId,
			RedirectAttributes redirect) {
		choices.withdraw(user, me.id(), purpose, purpose.needsReference() ? referenceId : null);
		redirect.addFlashAttribute("flashSuccess", "myPrivacy.consent." + purpose.name() + ".withdrawn");
		return "redirect:/me/privacy";
	}

	@PostMapping("/give")
	String give(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@RequestParam ConsentPurpose purpose, RedirectAttributes redirect) {
		try {
			choices.give(user, me.id(), purpose);
			redirect.addFlashAttribute("flashSuccess", "myPrivacy.consent." + purpose.name() + ".given");
		}
		catch (ConsentRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/me/privacy";
	}

}
