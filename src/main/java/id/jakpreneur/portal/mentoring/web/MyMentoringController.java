package id.jakpreneur.portal.mentoring.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.MentoringException;
import id.jakpreneur.portal.mentoring.domain.MyMentoring;
import id.jakpreneur.portal.mentoring.query.MyMentoringQueries;
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
 * The entrepreneur's mentoring page: their mentor and how to reach them, the sessions and agreed actions (ticked
 * done here), a request for another mentor with a reason, and the language they would like to be mentored in.
 */
@Controller
@RequestMapping("/me/mentoring")
class MyMentoringController {

	static final String VIEW = "mentoring/my-mentoring";

	private final MyMentoring mentoring;

	private final MyMentoringQueries queries;

	private final Clock clock;

	MyMentoringController(MyMentoring mentoring, MyMentoringQueries queries, Clock clock) {
		this.mentoring = mentoring;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping
	String show(@CurrentParticipant ParticipantView me, @PageableDefault(size = 10) Pageable page, Model model) {
		model.addAttribute("changeForm", new ReasonForm());
		return view(me, page, model);
	}

	@PostMapping("/actions/{actionId}")
	String markAction(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@PathVariable long actionId, @RequestParam(defaultValue = "true") boolean done, RedirectAttributes redirect) {
		mentoring.markAction(user.accountId(), me.id(), actionId, done);
		redirect.addFlashAttribute("flashSuccess", done ? "mentoring.me.action.done" : "mentoring.me.action.reopened");
		return "redirect:/me/mentoring";
	}

	@PostMapping("/change-request")
	String requestChange(@CurrentParticipant ParticipantView me, @Valid @ModelAttribute("changeForm") ReasonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				mentoring.requestChange(me.id(), form.getReason());
				redirect.addFlashAttribute("flashSuccess", "mentoring.me.change.sent");
				return "redirect:/me/mentoring";
			}
			catch (MentoringException ex) {
				result.rejectValue("reason", ex.messageKey());
			}
		}
		return view(me, Pageable.ofSize(10), model);
	}

	@PostMapping("/language")
	String language(@CurrentParticipant ParticipantView me, @RequestParam(required = false) String language,
			RedirectAttributes redirect) {
		MentorLanguage chosen = null;
		for (MentorLanguage l : MentorLanguage.values()) {
			if (l.name().equals(language)) {
				chosen = l;
			}
		}
		mentoring.setLanguage(me.id(), chosen);
		redirect.addFlashAttribute("flashSuccess", "mentoring.me.language.saved");
		return "redirect:/me/mentoring";
	}

	private String view(ParticipantView me, Pageable page, Model model) {
		MyMentoringQueries.Page view = queries.page(me.id(), page);
		model.addAttribute("overview", view.overview());
		model.addAttribute("sessions", view.sessions());
		model.addAttribute("openActions", view.openActions());
		model.addAttribute("languages", MentorLanguage.values());
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW;
	}

}
