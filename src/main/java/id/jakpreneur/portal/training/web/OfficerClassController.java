package id.jakpreneur.portal.training.web;

import java.util.List;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantSearch;
import id.jakpreneur.portal.entrepreneur.ParticipantSummary;
import id.jakpreneur.portal.entrepreneur.SearchCriteria;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.partner.PartnerChoice;
import id.jakpreneur.portal.partner.PartnerManagement;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.domain.EnrolmentRefusedException;
import id.jakpreneur.portal.training.domain.EnrolmentStatus;
import id.jakpreneur.portal.training.domain.Enrolments;
import id.jakpreneur.portal.training.domain.SessionTakenException;
import id.jakpreneur.portal.training.domain.TrainingClasses;
import id.jakpreneur.portal.training.domain.TrainingRefusedException;
import org.springframework.data.domain.PageRequest;
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
 * Officers set up the P2 classes of their area, plan sessions, and manage seats: they enrol participants of their
 * area, cancel enrolments (the waiting list then moves up) and open each session's attendance list.
 */
@Controller
@RequestMapping("/officer/classes")
class OfficerClassController {

	static final String LIST_VIEW = "training/classes";

	static final String FORM_VIEW = "training/class-form";

	static final String DETAIL_VIEW = "training/class-detail";

	private final TrainingClasses classes;

	private final Enrolments enrolments;

	private final ClassOptions options;

	private final PartnerManagement partners;

	private final ParticipantSearch search;

	OfficerClassController(TrainingClasses classes, Enrolments enrolments, ClassOptions options,
			PartnerManagement partners, ParticipantSearch search) {
		this.classes = classes;
		this.enrolments = enrolments;
		this.options = options;
		this.partners = partners;
		this.search = search;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser officer, @PageableDefault(size = 20) Pageable page, Model model) {
		model.addAttribute("classes", classes.forOfficer(officer, page));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newClass(@AuthenticationPrincipal PortalUser officer, Model model) {
		ClassForm form = new ClassForm();
		form.setCapacity(100);
		form.setMinSessions(1);
		model.addAttribute("form", form);
		return showForm(officer, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser officer, @Valid @ModelAttribute("form") ClassForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String city = options.cityOf(form, officer, result);
		List<PartnerChoice> trainers = partners.choices();
		if (form.getTrainerPartnerId() != null && form.hasAgency()) {
			result.rejectValue("trainerAgency", "programme.class.trainer.both");
		}
		else if (form.getTrainerPartnerId() == null && !form.hasAgency() && !result.hasFieldErrors("trainerAgency")) {
			result.rejectValue("trainerAgency", "programme.class.trainer.required");
		}
		if (form.getTrainerPartnerId() != null
				&& trainers.stream().noneMatch(t -> t.id() == form.getTrainerPartnerId())) {
			result.rejectValue("trainerPartnerId", "validation.invalidChoice");
		}
		if (result.hasErrors()) {
			return showForm(officer, model);
		}
		long id = classes.create(officer, form.toDraft(city));
		redirect.addFlashAttribute("flashSuccess", "programme.class.created");
		return "redirect:/officer/classes/" + id;
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@RequestParam(required = false) String q, Model model) {
		model.addAttribute("sessionForm", new SessionForm());
		return showDetail(officer, id, q, model);
	}

	@PostMapping("/{id}/sessions")
	String addSession(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validateTimes(result);
		if (!result.hasErrors()) {
			try {
				classes.addSession(officer, id, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "programme.session.added");
				return "redirect:/officer/classes/" + id;
			}
			catch (SessionTakenException ex) {
				result.rejectValue("start", ex.messageKey());
			}
			catch (TrainingRefusedException ex) {
				result.rejectValue("date", ex.messageKey());
			}
		}
		return showDetail(officer, id, null, model);
	}

	@PostMapping("/{id}/enrolments")
	String enrol(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@RequestParam(required = false) Long participantId, RedirectAttributes redirect) {
		classes.get(officer, id);
		if (participantId == null) {
			redirect.addFlashAttribute("flashError", "programme.enrol.chooseParticipant");
			return "redirect:/officer/classes/" + id;
		}
		try {
			EnrolmentStatus status = enrolments.enrolByOfficer(officer, id, participantId);
			redirect.addFlashAttribute("flashSuccess", status == EnrolmentStatus.ENROLLED
					? "programme.enrol.officer.seated" : "programme.enrol.officer.waiting");
		}
		catch (EnrolmentRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("flashError", "programme.enrol.participantNotFound");
		}
		return "redirect:/officer/classes/" + id;
	}

	@PostMapping("/{id}/enrolments/{enrolmentId}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, @PathVariable long enrolmentId,
			RedirectAttributes redirect) {
		enrolments.cancelByOfficer(officer, id, enrolmentId);
		redirect.addFlashAttribute("flashSuccess", "programme.enrol.cancelled");
		return "redirect:/officer/classes/" + id;
	}

	private String showForm(PortalUser officer, Model model) {
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("locations", options.locationsFor(officer));
		model.addAttribute("trainers", partners.choices());
		return FORM_VIEW;
	}

	private String showDetail(PortalUser officer, long id, String q, Model model) {
		model.addAttribute("details", classes.get(officer, id));
		String name = q == null ? "" : q.strip();
		if (name.length() > 120) {
			name = name.substring(0, 120);
		}
		List<ParticipantSummary> candidates = name.isEmpty() ? List.of()
				: search.search(officer, new SearchCriteria(name, null, null, null, null), PageRequest.of(0, 10)).getContent();
		model.addAttribute("q", name);
		model.addAttribute("candidates", candidates);
		return DETAIL_VIEW;
	}

}
