package id.jakpreneur.portal.mentoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.mentoring.domain.MentoringSessions;
import id.jakpreneur.portal.mentoring.domain.NewSession;
import id.jakpreneur.portal.mentoring.domain.SessionMode;
import id.jakpreneur.portal.mentoring.domain.SessionRejectedException;
import id.jakpreneur.portal.mentoring.domain.SessionRules;
import id.jakpreneur.portal.mentoring.query.MenteeDetail;
import id.jakpreneur.portal.mentoring.query.MenteeQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.PageReads;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A mentor's page for one of their mentees (anyone else's participant answers 404): contact and business, the
 * steps in plan order with what each still needed is missing and what the next phase asks (as on the mentee's home),
 * the sessions with their actions, and logging a new session. The page reads in one read-only transaction
 * ({@link PageReads}).
 */
@Controller
@RequestMapping("/mentor/mentees/{id}")
class MenteeController {

	static final String VIEW = "mentoring/mentee";

	static final String SESSION_VIEW = "mentoring/session-form";

	static final String FORMER_VIEW = "mentoring/former-mentee";

	private final MenteeQueries mentees;

	private final MentoringSessions sessions;

	private final Clock clock;

	private final ParticipantRecords records;

	private final Assessments assessments;

	private final PageReads reads;

	MenteeController(MenteeQueries mentees, MentoringSessions sessions, ParticipantRecords records,
			Assessments assessments, PageReads reads, Clock clock) {
		this.reads = reads;
		this.records = records;
		this.assessments = assessments;
		this.mentees = mentees;
		this.clock = clock;
		this.sessions = sessions;
	}

	/** Only the form's own fields and rows of actions: a made-up row index is dropped, never grown to. */
	@InitBinder("form")
	void limitRows(WebDataBinder binder) {
		List<String> allowed = new ArrayList<>(List.of("heldOn", "mode", "durationMinutes", "topics", "notes",
				"nextMeetingOn", "salesMonth", "verifiedSales"));
		for (int i = 0; i < SessionForm.ACTION_ROWS; i++) {
			allowed.add("actions[" + i + "].description");
			allowed.add("actions[" + i + "].dueOn");
		}
		binder.setAllowedFields(allowed.toArray(String[]::new));
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser mentor, @PathVariable long id,
			@PageableDefault(size = 10) Pageable page, Model model) {
		reads.run(() -> {
			Optional<MenteeDetail> mentee = mentees.currentMentee(mentor, id);
			if (mentee.isEmpty()) {
				// a former mentee gets a page saying so; anyone else is not found
				model.addAttribute("former", mentees.formerMentee(mentor, id).orElseThrow(NotFoundException::new));
				return;
			}
			model.addAttribute("mentee", mentee.get());
			// the mentor may see this participant: currentMentee() found them among their current mentees
			model.addAttribute("guidance", assessments.guidance(records.referred(id)));
			model.addAttribute("sessions", mentees.sessions(mentor, id, page));
			model.addAttribute("openActions", mentees.openActions(mentor, id));
		});
		if (model.containsAttribute("former")) {
			return FORMER_VIEW;
		}
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW;
	}

	@GetMapping("/sessions/new")
	String newSession(@AuthenticationPrincipal PortalUser mentor, @PathVariable long id, Model model) {
		model.addAttribute("form", SessionForm.blank(LocalDate.now(clock)));
		return formView(mentor, id, model);
	}

	@PostMapping("/sessions")
	String log(@AuthenticationPrincipal PortalUser mentor, @PathVariable long id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDate assignedOn = sessions.assignedOn(mentor, id);
		OptionalLong sales = OptionalLong.empty();
		if (form.getVerifiedSales() != null && !form.getVerifiedSales().isBlank() && !result.hasFieldErrors("verifiedSales")) {
			sales = Rupiah.parse(form.getVerifiedSales());
			if (sales.isEmpty()) {
				result.rejectValue("verifiedSales", "validation.rupiah");
			}
		}
		List<Integer> rows = new ArrayList<>();
		List<NewSession.NewAction> actions = new ArrayList<>();
		for (int i = 0; i < form.getActions().size(); i++) {
			SessionForm.ActionRow row = form.getActions().get(i);
			if (row.blank()) {
				continue;
			}
			if (row.getDescription() == null || row.getDescription().isBlank()) {
				result.rejectValue("actions[" + i + "].description", "mentoring.session.actionDescriptionRequired");
			}
			else if (row.getDueOn() == null && !result.hasFieldErrors("actions[" + i + "].dueOn")) {
				result.rejectValue("actions[" + i + "].dueOn", "mentoring.session.actionDueRequired");
			}
			else if (row.getDueOn() != null) {
				rows.add(i);
				actions.add(new NewSession.NewAction(row.getDescription(), row.getDueOn()));
			}
		}
		if (form.getHeldOn() != null && !result.hasFieldErrors("heldOn")) {
			NewSession session = new NewSession(form.getHeldOn(), form.getMode(),
					form.getDurationMinutes() == null ? 0 : form.getDurationMinutes(), form.getTopics(), form.getNotes(),
					form.getNextMeetingOn(), form.getSalesMonth(), sales.isPresent() ? sales.getAsLong() : null, actions);
			Map<String, String> problems = SessionRules.problems(session, assignedOn, LocalDate.now(clock));
			if (problems.isEmpty() && !result.hasErrors()) {
				try {
					boolean p3 = sessions.log(mentor, id, session);
					redirect.addFlashAttribute("flashSuccess", p3 ? "mentoring.session.savedP3" : "mentoring.session.saved");
					return "redirect:/mentor/mentees/" + id;
				}
				catch (SessionRejectedException ex) {
					problems = ex.problems();
				}
			}
			problems.forEach((field, key) -> {
				String formField = formField(field, rows);
				if (!result.hasFieldErrors(formField)) {
					result.rejectValue(formField, key);
				}
			});
		}
		form.fillRows();
		return formView(mentor, id, model);
	}

	/** "actions[2].dueOn" of the session is the form's row where that action was typed. */
	private static String formField(String field, List<Integer> rows) {
		if (!field.startsWith("actions[")) {
			return field;
		}
		int index = Integer.parseInt(field.substring(8, field.indexOf(']')));
		return "actions[" + rows.get(index) + field.substring(field.indexOf(']'));
	}

	private String formView(PortalUser mentor, long id, Model model) {
		model.addAttribute("mentee", mentees.mentee(mentor, id));
		model.addAttribute("modes", SessionMode.values());
		model.addAttribute("today", LocalDate.now(clock));
		return SESSION_VIEW;
	}

}
