package id.jakpreneur.portal.mentoring.web;

import java.util.List;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.account.PhoneNumbers;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.domain.MentoringException;
import id.jakpreneur.portal.mentoring.query.MentorProfile;
import id.jakpreneur.portal.mentoring.query.MentorQueries;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
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
 * Officers and administrators manage the mentors of their area: the list, a new mentor with their MENTOR login, and
 * changes (tracks, kecamatan, languages, capacity limit, paused).
 */
@Controller
@RequestMapping("/officer/mentors")
class MentorAdminController {

	static final String LIST_VIEW = "mentoring/mentors";

	static final String FORM_VIEW = "mentoring/mentor-form";

	private final MentorManagement mentors;

	private final MentorQueries queries;

	private final AssessmentReference reference;

	private final RegionDirectory regions;

	MentorAdminController(MentorManagement mentors, MentorQueries queries, AssessmentReference reference,
			RegionDirectory regions) {
		this.queries = queries;
		this.mentors = mentors;
		this.reference = reference;
		this.regions = regions;
	}

	/** Only the form's own fields: an indexed name such as "tracks[3]" is dropped rather than failing the request. */
	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("fullName", "email", "phone", "kind", "agencyCode", "organisation", "tracks",
				"districtCodes", "languages", "capacityLimit", "paused");
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser officer, @PageableDefault(size = 25) Pageable page, Model model) {
		model.addAttribute("mentors", queries.list(officer, page));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newMentor(@AuthenticationPrincipal PortalUser officer, Model model) {
		model.addAttribute("form", new MentorForm());
		return formView(officer, null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser officer, @Valid @ModelAttribute("form") MentorForm form,
			BindingResult result, Model model) {
		String phone = check(form, result);
		if (form.getEmail() == null || form.getEmail().isBlank()) {
			result.rejectValue("email", "validation.required");
		}
		else if (!form.getEmail().strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			result.rejectValue("email", "validation.email");
		}
		if (result.hasErrors()) {
			return formView(officer, null, model);
		}
		try {
			model.addAttribute("slip", mentors.create(officer, form.toDetails(phone), form.getEmail().strip()).slip());
		}
		catch (EmailTakenException ex) {
			result.rejectValue("email", "account.email.taken");
			return formView(officer, null, model);
		}
		catch (MentoringException ex) {
			result.rejectValue(field(ex), ex.messageKey());
			return formView(officer, null, model);
		}
		// answered with the printable slip of the login's activation code, shown this once
		model.addAttribute("slipBack", "/officer/mentors");
		return ActivationSlip.VIEW;
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model) {
		MentorProfile profile = queries.get(officer, id);
		model.addAttribute("form", MentorForm.of(profile));
		return formView(officer, profile, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("form") MentorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MentorProfile profile = queries.get(officer, id);
		String phone = check(form, result);
		if (result.hasErrors()) {
			return formView(officer, profile, model);
		}
		try {
			mentors.update(officer, id, form.toDetails(phone));
		}
		catch (MentoringException ex) {
			result.rejectValue(field(ex), ex.messageKey());
			return formView(officer, profile, model);
		}
		redirect.addFlashAttribute("flashSuccess", "mentoring.mentor.saved");
		return "redirect:/officer/mentors";
	}

	/** The checks that depend on other fields; returns the normalised phone number. */
	private String check(MentorForm form, BindingResult result) {
		String phone = null;
		if (!result.hasFieldErrors("phone")) {
			phone = PhoneNumbers.normalise(form.getPhone()).orElse(null);
			if (phone == null) {
				result.rejectValue("phone", "mentoring.mentor.phoneInvalid");
			}
		}
		if (form.getKind() == MentorKind.PJLP && reference.agency(form.getAgencyCode()).isEmpty()) {
			result.rejectValue("agencyCode", "mentoring.mentor.agencyRequired");
		}
		if (form.getKind() == MentorKind.PARTNER_VOLUNTEER
				&& (form.getOrganisation() == null || form.getOrganisation().isBlank())) {
			result.rejectValue("organisation", "mentoring.mentor.organisationRequired");
		}
		return phone;
	}

	private static String field(MentoringException ex) {
		return switch (ex.messageKey()) {
			case "mentoring.mentor.agencyRequired" -> "agencyCode";
			case "mentoring.mentor.limitBelowLoad" -> "capacityLimit";
			default -> "districtCodes";
		};
	}

	private String formView(PortalUser officer, MentorProfile profile, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("kinds", MentorKind.values());
		model.addAttribute("languages", MentorLanguage.values());
		model.addAttribute("tracks", reference.activeTracks());
		model.addAttribute("agencies", reference.agencies());
		List<RegionView> districts = districtsFor(officer);
		model.addAttribute("districts", districts);
		model.addAttribute("otherDistricts", profile == null ? List.of()
				: regions.namesOf(profile.districtCodes()
					.stream()
					.filter(code -> districts.stream().noneMatch(d -> d.code().equals(code)))
					.toList()));
		return FORM_VIEW;
	}

	/** The kecamatan an officer may choose, grouped under their kota in the list. */
	private List<RegionView> districtsFor(PortalUser officer) {
		return regions.districts()
			.stream()
			.filter(d -> officer.role() == Role.ADMIN || officer.covers(d.code()))
			.sorted(java.util.Comparator.comparing(RegionView::parentCode).thenComparing(RegionView::name))
			.toList();
	}

}
