package id.jakpreneur.portal.mentoring.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.EndReason;
import id.jakpreneur.portal.mentoring.domain.MentoringException;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import id.jakpreneur.portal.mentoring.query.QueuePosition;
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
 * The officer's assignment queue and the page of one participant: one-click assignment from the suggestions,
 * reassignment and ending with a reason, answering an entrepreneur's request for another mentor. A refusal (mentor
 * full or paused, already assigned by someone else) shows the page again with the message, never an error page.
 */
@Controller
@RequestMapping("/officer/assignments")
class AssignmentController {

	static final String QUEUE_PATH = "/officer/assignments";

	static final String QUEUE_VIEW = "mentoring/assignments";

	static final String PAGE_VIEW = "mentoring/assign";

	private final AssignmentQueries suggestions;

	private final Assignments assignments;

	private final AssessmentReference reference;

	AssignmentController(AssignmentQueries suggestions, Assignments assignments, AssessmentReference reference) {
		this.suggestions = suggestions;
		this.assignments = assignments;
		this.reference = reference;
	}

	/** A page of the queue: the first, or the one after or before a position that a pager link carries. */
	@GetMapping
	String queue(@AuthenticationPrincipal PortalUser officer, @RequestParam(required = false) Track track,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before,
			@PageableDefault(size = 20) Pageable page, Model model) {
		model.addAttribute("queue", suggestions.queue(officer, track, QueuePosition.parse(after).orElse(null),
				QueuePosition.parse(before).orElse(null), page.getPageNumber(), Math.min(page.getPageSize(), 200)));
		model.addAttribute("requests", suggestions.openRequests(officer, 20));
		model.addAttribute("track", track);
		model.addAttribute("tracks", reference.tracks());
		return QUEUE_VIEW;
	}

	@GetMapping("/{participantId}")
	String page(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId, Model model) {
		return pageView(officer, participantId, new ReasonForm(), new ReasonForm(), model);
	}

	/** One click: assign the chosen suggestion. A refusal comes back on the queue or the participant's page. */
	@PostMapping("/{participantId}")
	String assign(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId,
			@RequestParam long mentorId, @RequestParam(defaultValue = "page") String from,
			RedirectAttributes redirect) {
		try {
			assignments.assign(officer, participantId, mentorId);
			redirect.addFlashAttribute("flashSuccess", "mentoring.assign.done");
		}
		catch (MentoringException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "queue".equals(from) ? "redirect:/officer/assignments" : "redirect:/officer/assignments/" + participantId;
	}

	@PostMapping("/{participantId}/reassign")
	String reassign(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId,
			@Valid @ModelAttribute("reassignForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getMentorId() == null) {
			result.rejectValue("mentorId", "mentoring.reassign.chooseMentor");
		}
		if (!result.hasErrors()) {
			try {
				assignments.reassign(officer, participantId, form.getMentorId(), form.getReason());
				redirect.addFlashAttribute("flashSuccess", "mentoring.reassign.done");
				return "redirect:/officer/assignments/" + participantId;
			}
			catch (MentoringException ex) {
				result.rejectValue("mentorId", ex.messageKey());
			}
		}
		return pageView(officer, participantId, form, new ReasonForm(), model);
	}

	@PostMapping("/{participantId}/end")
	String end(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId,
			@Valid @ModelAttribute("endForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EndReason reason = EndReason.FOR_ENDING.stream()
			.filter(r -> r.name().equals(form.getEndReason()))
			.findFirst()
			.orElse(null);
		if (reason == null) {
			result.rejectValue("endReason", "validation.invalidChoice");
		}
		if (!result.hasErrors()) {
			try {
				assignments.end(officer, participantId, reason, form.getReason());
				redirect.addFlashAttribute("flashSuccess", "mentoring.end.done");
				return "redirect:/officer/assignments/" + participantId;
			}
			catch (MentoringException ex) {
				result.rejectValue("reason", ex.messageKey());
			}
		}
		return pageView(officer, participantId, new ReasonForm(), form, model);
	}

	@PostMapping("/{participantId}/decline")
	String decline(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId,
			@Valid @ModelAttribute("declineForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			assignments.declineRequest(officer, participantId, form.getReason());
			redirect.addFlashAttribute("flashSuccess", "mentoring.decline.done");
			return "redirect:/officer/assignments/" + participantId;
		}
		model.addAttribute("declineForm", form);
		return pageView(officer, participantId, new ReasonForm(), new ReasonForm(), model);
	}

	private String pageView(PortalUser officer, long participantId, ReasonForm reassignForm, ReasonForm endForm,
			Model model) {
		model.addAttribute("page", suggestions.page(officer, participantId));
		model.addAttribute("reassignForm", reassignForm);
		model.addAttribute("endForm", endForm);
		if (!model.containsAttribute("declineForm")) {
			model.addAttribute("declineForm", new ReasonForm());
		}
		model.addAttribute("endReasons", EndReason.FOR_ENDING);
		return PAGE_VIEW;
	}

}
