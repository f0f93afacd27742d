package id.jakpreneur.portal.entrepreneur.web;

import java.util.List;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantPanel;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantSearch;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.entrepreneur.SearchCriteria;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.ErasedParticipantException;
import id.jakpreneur.portal.entrepreneur.domain.InconsistentIdentityException;
import id.jakpreneur.portal.entrepreneur.domain.NikTakenException;
import id.jakpreneur.portal.entrepreneur.domain.PersonalData;
import id.jakpreneur.portal.entrepreneur.domain.RevealPurpose;
import id.jakpreneur.portal.entrepreneur.domain.RevealRequest;
import id.jakpreneur.portal.entrepreneur.domain.UnreadablePersonalDataException;
import id.jakpreneur.portal.entrepreneur.query.ClaimQueries;
import id.jakpreneur.portal.shared.PageReads;
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
 * Officers work with the participants of their area: search, open, validate or return a registration, reveal
 * a NIK or KK with a reason (logged), correct data (NIK included). Walk-in citizens are registered at the desk
 * ({@link CounterRegistrationController}). The record page reads in one read-only transaction ({@link PageReads}).
 */
@Controller
@RequestMapping("/officer/entrepreneurs")
class OfficerParticipantController {

	static final String LIST_VIEW = "entrepreneur/officer-list";

	static final String DETAIL_VIEW = "entrepreneur/officer-detail";

	static final String EDIT_VIEW = "entrepreneur/officer-edit";

	private final ParticipantSearch search;

	private final ParticipantRecords records;

	private final PersonalData personalData;

	private final ParticipantFormValidator validator;

	private final FormOptions options;

	private final List<ParticipantPanel> panels;

	private final ClaimQueries claims;

	private final VillageOptions villageOptions;

	private final PageReads reads;

	OfficerParticipantController(ParticipantSearch search, ParticipantRecords records, PersonalData personalData,
			ParticipantFormValidator validator, FormOptions options, List<ParticipantPanel> panels,
			ClaimQueries claims, VillageOptions villageOptions, PageReads reads) {
		this.reads = reads;
		this.claims = claims;
		this.villageOptions = villageOptions;
		this.search = search;
		this.records = records;
		this.personalData = personalData;
		this.validator = validator;
		this.options = options;
		this.panels = panels;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser officer, @RequestParam(required = false) String name,
			@RequestParam(required = false) String village, @RequestParam(required = false) Sector sector,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String step,
			@PageableDefault(size = 25) Pageable page, Model model) {
		String prefix = name == null ? null : name.strip();
		if (prefix != null && prefix.length() > 120) {
			prefix = prefix.substring(0, 120);
		}
		SearchCriteria criteria = new SearchCriteria(prefix, village, sector, status, step);
		model.addAttribute("results", search.search(officer, criteria, page));
		model.addAttribute("step", criteria.stepNeeded());
		model.addAttribute("steps", java.util.List.of("P2", "P3", "P4", "P5", "P6", "P7"));
		model.addAttribute("name", prefix);
		model.addAttribute("village", village);
		model.addAttribute("sector", sector);
		model.addAttribute("status", status);
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("claimCount", claims.countOpen(officer));
		model.addAttribute("villageOptions", villageOptions.html(village));
		model.addAttribute("sectors", Sector.values());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model) {
		return showDetail(officer, id, model, true);
	}

	@PostMapping("/{id}/validate")
	String validate(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, RedirectAttributes redirect) {
		records.validate(officer, id);
		redirect.addFlashAttribute("flashSuccess", "officer.registration.validated");
		return "redirect:/officer/entrepreneurs/" + id;
	}

	@PostMapping("/{id}/return")
	String returnForCorrection(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 500 || reason.contains("<")) {
			model.addAttribute("returnError", reason.isBlank() ? "validation.required" : "officer.reason.invalid");
			return showDetail(officer, id, model);
		}
		records.returnForCorrection(officer, id, reason);
		redirect.addFlashAttribute("flashSuccess", "officer.registration.returned");
		return "redirect:/officer/entrepreneurs/" + id;
	}

	/**
	 * Shows the number on this response only: never in a URL, a redirect or a log. A missing purpose or a reason
	 * that says nothing comes back beside its field; a number that cannot be decrypted is a message, not a 500.
	 */
	@PostMapping("/{id}/reveal")
	String reveal(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("revealForm") RevealForm form, BindingResult result, Model model) {
		RevealRequest.reasonProblem(form.getReason()).ifPresent(problem -> result.rejectValue("reason", problem));
		if (!result.hasErrors()) {
			try {
				model.addAttribute("revealedValue", personalData.reveal(officer, id, form.toRequest()));
				model.addAttribute("revealedField", form.getField());
				model.addAttribute("revealForm", new RevealForm());
			}
			catch (UnreadablePersonalDataException ex) {
				model.addAttribute("revealUnreadable", true);
			}
		}
		return showDetail(officer, id, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		ParticipantView participant = records.get(officer, id);
		if (participant.erasedAt() != null) {
			return erased(id, redirect);
		}
		model.addAttribute("form", ParticipantForm.of(participant));
		return showEdit(participant, model);
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("form") ParticipantForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ParticipantView participant = records.get(officer, id);
		if (participant.erasedAt() != null) {
			return erased(id, redirect);
		}
		validator.validate(form, result, false);
		validator.checkArea(officer, form, result);
		if (!result.hasErrors()) {
			try {
				records.update(officer, id, validator.toPerson(form), validator.toBusiness(form));
				redirect.addFlashAttribute("flashSuccess", "profile.saved");
				return "redirect:/officer/entrepreneurs/" + id;
			}
			catch (NikTakenException ex) {
				result.rejectValue("nik", "registration.nik.taken");
			}
			catch (InconsistentIdentityException ex) {
				result.rejectValue("birthDate", ex.messageKey());
			}
			catch (ErasedParticipantException ex) {
				return erased(id, redirect);
			}
		}
		return showEdit(participant, model);
	}

	/** An erased participant's profile is not edited (decision 109): back to her page, which says so. */
	private static String erased(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "officer.participant.erased");
		return "redirect:/officer/entrepreneurs/" + id;
	}

	/**
	 * A new activation code for the citizen's account, after the officer checked the KTP in person (logged like a
	 * reveal, shown to the citizen); answered with the printable slip.
	 */
	@PostMapping("/{id}/activation-code")
	String reissueActivationCode(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean ktpChecked, Model model) {
		if (!ktpChecked) {
			model.addAttribute("activationError", "officer.activation.ktpRequired");
			return detail(officer, id, model);
		}
		return showSlip(personalData.reissueActivationCode(officer, id), id, model);
	}

	private static String showSlip(ActivationSlip slip, long participantId, Model model) {
		model.addAttribute("slip", slip);
		model.addAttribute("slipBack", "/officer/entrepreneurs/" + participantId);
		return ActivationSlip.VIEW;
	}

	private String showDetail(PortalUser officer, long id, Model model) {
		return showDetail(officer, id, model, false);
	}

	/** The record page; the other modules' panels only where it is opened, not on a form's answer. */
	private String showDetail(PortalUser officer, long id, Model model, boolean withPanels) {
		if (!model.containsAttribute("revealForm")) {
			model.addAttribute("revealForm", new RevealForm());
		}
		model.addAttribute("revealPurposes", RevealPurpose.forReveal());
		reads.run(() -> {
			ParticipantView participant = records.get(officer, id);
			model.addAttribute("participant", participant);
			model.addAttribute("history", records.history(participant));
			model.addAttribute("accessLog", personalData.accessLog(id));
			if (withPanels) {
				model.addAttribute("panels",
						ParticipantPanel.collect(panels, participant, ParticipantPanel.Audience.OFFICER));
			}
		});
		return DETAIL_VIEW;
	}

	private String showEdit(ParticipantView participant, Model model) {
		options.addTo(model);
		model.addAttribute("participant", participant);
		return EDIT_VIEW;
	}

}
