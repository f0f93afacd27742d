package id.jakpreneur.portal.assessment.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.shared.NotFoundException;
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
 * A mentor re-assesses one of their current mentees after a visit, with the officers' visit questionnaire started
 * from the latest answers (a mentor cannot open the profile itself). Anyone else's participant answers 404; who
 * mentors whom comes from the mentoring module through {@link id.jakpreneur.portal.assessment.MentorAccess}.
 */
@Controller
@RequestMapping("/mentor/mentees/{id}/assessment")
class MentorAssessmentController {

	private final Assessments assessments;

	private final Assessing assessing;

	private final AnswersFormValidator validator;

	MentorAssessmentController(Assessments assessments, Assessing assessing, AnswersFormValidator validator) {
		this.assessments = assessments;
		this.assessing = assessing;
		this.validator = validator;
	}

	/** The participant as the questionnaire's heading needs it. */
	public record Mentee(long id, String fullName) {
	}

	@GetMapping
	String form(@AuthenticationPrincipal PortalUser mentor, @PathVariable long id, Model model) {
		Mentee mentee = new Mentee(id, assessing.requireMentee(mentor, id));
		model.addAttribute("form", AnswersForm.of(assessments.startingAnswers(id).orElseThrow(NotFoundException::new)));
		return formView(mentee, model);
	}

	@PostMapping
	String assess(@AuthenticationPrincipal PortalUser mentor, @PathVariable long id,
			@Valid @ModelAttribute("form") AnswersForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Mentee mentee = new Mentee(id, assessing.requireMentee(mentor, id));
		validator.validate(form, result);
		if (result.hasErrors()) {
			return formView(mentee, model);
		}
		assessing.assessAfterVisit(mentor, id, validator.toAnswers(form));
		redirect.addFlashAttribute("flashSuccess", "assessment.visit.saved");
		return "redirect:/mentor/mentees/" + id;
	}

	private String formView(Mentee mentee, Model model) {
		QuestionnaireOptions.addTo(model);
		model.addAttribute("participant", mentee);
		model.addAttribute("action", "/mentor/mentees/" + mentee.id() + "/assessment");
		model.addAttribute("backUrl", "/mentor/mentees/" + mentee.id());
		model.addAttribute("visit", true);
		return SelfAssessmentController.FORM_VIEW;
	}

}
