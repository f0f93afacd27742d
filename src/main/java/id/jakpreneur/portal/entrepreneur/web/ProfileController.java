package id.jakpreneur.portal.entrepreneur.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.domain.InconsistentIdentityException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The entrepreneur views and corrects their own data; every change lands in the history shown below it. */
@Controller
@RequestMapping("/me/profile")
class ProfileController {

	static final String VIEW = "entrepreneur/profile";

	private final ParticipantRecords records;

	private final ParticipantFormValidator validator;

	private final FormOptions options;

	ProfileController(ParticipantRecords records, ParticipantFormValidator validator, FormOptions options) {
		this.records = records;
		this.validator = validator;
		this.options = options;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me, Model model) {
		model.addAttribute("form", ParticipantForm.of(me));
		return view(user, me, model);
	}

	@PostMapping
	String update(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@Valid @ModelAttribute("form") ParticipantForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.setNik(null);
		validator.validate(form, result, false);
		if (!result.hasErrors()) {
			try {
				records.update(user, me.id(), validator.toPerson(form), validator.toBusiness(form));
				redirect.addFlashAttribute("flashSuccess", "profile.saved");
				return "redirect:/me/profile";
			}
			catch (InconsistentIdentityException ex) {
				result.rejectValue("birthDate", ex.messageKey());
			}
		}
		return view(user, me, model);
	}

	private String view(PortalUser user, ParticipantView me, Model model) {
		options.addTo(model);
		model.addAttribute("participant", me);
		model.addAttribute("history", records.history(user, me.id()));
		return VIEW;
	}

}
