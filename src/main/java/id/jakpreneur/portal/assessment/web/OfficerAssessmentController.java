package id.jakpreneur.portal.assessment.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.domain.NothingToOverrideException;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers work with the assessments of the participants of their area (others answer 404): they assess a
 * business after a visit, read its latest result and history, and override phase or track with a written reason.
 */
@Controller
@RequestMapping("/officer/entrepreneurs/{id}/assessment")
class OfficerAssessmentController {

	static final String RESULT_VIEW = "assessment/officer-result";

	private final ParticipantRecords records;

	private final Assessments assessments;

	private final Assessing assessing;

	private final AssessmentReference reference;

	private final AnswersFormValidator validator;

	OfficerAssessmentController(ParticipantRecords records, Assessments assessments, Assessing assessing,
			AssessmentReference reference, AnswersFormValidator validator) {
		this.records = records;
		this.assessments = assessments;
		this.assessing = assessing;
		this.reference = reference;
		this.validator = validator;
	}

	@GetMapping
	String form(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model) {
		ParticipantView participant = records.get(officer, id);
		model.addAttribute("form", AnswersForm.of(participant.business(), assessments.latestAnswers(id)));
		return formView(participant, model);
	}

	@PostMapping
	String assess(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("form") AnswersForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ParticipantView participant = records.get(officer, id);
		validator.validate(form, result);
		if (result.hasErrors()) {
			return formView(participant, model);
		}
		assessing.assessAfterVisit(officer, id, validator.toAnswers(form));
		redirect.addFlashAttribute("flashSuccess", "assessment.visit.saved");
		return "redirect:/officer/entrepreneurs/" + id + "/assessment/result";
	}

	@GetMapping("/result")
	String result(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@PageableDefault(size = 10) Pageable page, Model model) {
		model.addAttribute("overrideForm", new OverrideForm());
		return resultView(officer, id, page, model);
	}

	@PostMapping("/override")
	String override(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		records.get(officer, id);
		if (!result.hasErrors()) {
			try {
				assessing.override(officer, id, form.getPhase(), form.getTrack(), form.getReason());
				redirect.addFlashAttribute("flashSuccess", "assessment.override.saved");
				return "redirect:/officer/entrepreneurs/" + id + "/assessment/result";
			}
			catch (NothingToOverrideException ex) {
				result.rejectValue("phase", ex.messageKey());
			}
		}
		return resultView(officer, id, Pageable.ofSize(10), model);
	}

	private String resultView(PortalUser officer, long id, Pageable page, Model model) {
		ParticipantView participant = records.get(officer, id);
		model.addAttribute("participant", participant);
		model.addAttribute("latest", assessments.latest(id).orElse(null));
		model.addAttribute("history", assessments.history(id, page));
		model.addAttribute("phases", Phase.values());
		model.addAttribute("tracks", reference.activeTracks());
		return RESULT_VIEW;
	}

	private String formView(ParticipantView participant, Model model) {
		QuestionnaireOptions.addTo(model);
		model.addAttribute("participant", participant);
		model.addAttribute("action", "/officer/entrepreneurs/" + participant.id() + "/assessment");
		model.addAttribute("backUrl", "/officer/entrepreneurs/" + participant.id() + "/assessment/result");
		model.addAttribute("visit", true);
		return SelfAssessmentController.FORM_VIEW;
	}

}
