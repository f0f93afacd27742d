package id.jakpreneur.portal.assessment.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entrepreneur assesses their own business (only their own: the participant is the one of their account)
 * and reads the timeline of their assessments and phase changes.
 */
@Controller
@RequestMapping("/me/assessment")
class SelfAssessmentController {

	static final String FORM_VIEW = "assessment/questionnaire";

	static final String HISTORY_VIEW = "assessment/history";

	private final ParticipantRecords records;

	private final Assessments assessments;

	private final Assessing assessing;

	private final AnswersFormValidator validator;

	SelfAssessmentController(ParticipantRecords records, Assessments assessments, Assessing assessing,
			AnswersFormValidator validator) {
		this.records = records;
		this.assessments = assessments;
		this.assessing = assessing;
		this.validator = validator;
	}

	@GetMapping
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		ParticipantView me = mine(user);
		model.addAttribute("form", AnswersForm.of(me.business(), assessments.latestAnswers(me.id())));
		return formView(me, model);
	}

	@PostMapping
	String assess(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") AnswersForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantView me = mine(user);
		validator.validate(form, result);
		if (result.hasErrors()) {
			return formView(me, model);
		}
		assessing.selfAssess(user, validator.toAnswers(form));
		redirect.addFlashAttribute("flashSuccess", "assessment.saved");
		return "redirect:/me";
	}

	@GetMapping("/history")
	String history(@AuthenticationPrincipal PortalUser user, @PageableDefault(size = 10) Pageable page, Model model) {
		ParticipantView me = mine(user);
		model.addAttribute("participant", me);
		model.addAttribute("history", assessments.history(me.id(), page));
		model.addAttribute("phaseChanges", assessments.phaseChanges(me.id()));
		return HISTORY_VIEW;
	}

	private ParticipantView mine(PortalUser user) {
		return records.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
	}

	private String formView(ParticipantView me, Model model) {
		QuestionnaireOptions.addTo(model);
		model.addAttribute("participant", me);
		model.addAttribute("action", "/me/assessment");
		model.addAttribute("visit", false);
		return FORM_VIEW;
	}

}
