package id.jakpreneur.portal.mentoring.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.domain.MentoringException;
import id.jakpreneur.portal.mentoring.query.MentorProfile;
import id.jakpreneur.portal.mentoring.query.MentorQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mentor's own profile: what the officer set, and the capacity and pause they set themselves. */
@Controller
@RequestMapping("/mentor/profile")
class MentorProfileController {

	static final String VIEW = "mentoring/profile";

	private final MentorManagement mentors;

	private final MentorQueries queries;

	MentorProfileController(MentorManagement mentors, MentorQueries queries) {
		this.queries = queries;
		this.mentors = mentors;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser mentor, Model model) {
		OwnProfileForm form = new OwnProfileForm();
		queries.own(mentor).ifPresent(p -> {
			form.setCapacity(p.capacity());
			form.setPaused(p.paused());
		});
		model.addAttribute("form", form);
		return view(mentor, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal PortalUser mentor, @Valid @ModelAttribute("form") OwnProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				mentors.updateOwn(mentor, form.getCapacity(), form.isPaused());
				redirect.addFlashAttribute("flashSuccess", "mentoring.profile.saved");
				return "redirect:/mentor/profile";
			}
			catch (MentoringException ex) {
				result.rejectValue("capacity", ex.messageKey());
			}
		}
		return view(mentor, model);
	}

	private String view(PortalUser mentor, Model model) {
		MentorProfile profile = queries.own(mentor).orElse(null);
		model.addAttribute("profile", profile);
		return VIEW;
	}

}
