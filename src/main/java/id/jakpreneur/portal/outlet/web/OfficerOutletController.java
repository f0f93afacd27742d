package id.jakpreneur.portal.outlet.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletKind;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.OutletNameTakenException;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.domain.PlaceCodeTakenException;
import id.jakpreneur.portal.outlet.domain.PlaceKind;
import id.jakpreneur.portal.outlet.query.OutletCalendarQueries;
import id.jakpreneur.portal.outlet.query.OutletQueries;
import id.jakpreneur.portal.partner.PartnerManagement;
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
 * Officers keep the outlets of their area: the outlet and its rules, its places, the calls for periods, and the
 * month calendar with its utilisation.
 */
@Controller
@RequestMapping("/officer/outlets")
class OfficerOutletController {

	static final String LIST_VIEW = "outlet/list";

	static final String FORM_VIEW = "outlet/form";

	static final String DETAIL_VIEW = "outlet/detail";

	static final String CALENDAR_VIEW = "outlet/calendar";

	private static final int CALLS_PER_PAGE = 12;

	private final OutletManagement outlets;

	private final OutletQueries queries;

	private final OutletCalendarQueries calendar;

	private final OutletOptions options;

	private final PartnerManagement partners;

	private final Clock clock;

	OfficerOutletController(OutletManagement outlets, OutletQueries queries, OutletCalendarQueries calendar,
			OutletOptions options, PartnerManagement partners, Clock clock) {
		this.outlets = outlets;
		this.queries = queries;
		this.calendar = calendar;
		this.options = options;
		this.partners = partners;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser officer, @PageableDefault(size = 20) Pageable page, Model model) {
		model.addAttribute("outlets", queries.list(officer, page));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newOutlet(@AuthenticationPrincipal PortalUser officer, Model model) {
		model.addAttribute("form", new OutletForm());
		return showForm(officer, null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser officer, @Valid @ModelAttribute("form") OutletForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		check(officer, form, result);
		if (!result.hasErrors()) {
			try {
				long id = outlets.create(officer, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "outlet.created");
				return "redirect:/officer/outlets/" + id;
			}
			catch (OutletNameTakenException ex) {
				result.rejectValue("name", ex.messageKey());
			}
		}
		return showForm(officer, null, model);
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("placeForm", new PlaceForm());
		CallForm call = new CallForm();
		model.addAttribute("callForm", call);
		return showDetail(officer, id, page, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model) {
		model.addAttribute("form", OutletForm.of(queries.draft(officer, id)));
		return showForm(officer, id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("form") OutletForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		queries.draft(officer, id);
		check(officer, form, result);
		if (!result.hasErrors()) {
			try {
				outlets.update(officer, id, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "outlet.updated");
				return "redirect:/officer/outlets/" + id;
			}
			catch (OutletNameTakenException ex) {
				result.rejectValue("name", ex.messageKey());
			}
		}
		return showForm(officer, id, model);
	}

	@PostMapping("/{id}/places")
	String addPlace(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				outlets.addPlace(officer, id, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "outlet.place.added");
				return "redirect:/officer/outlets/" + id;
			}
			catch (PlaceCodeTakenException ex) {
				result.rejectValue("code", ex.messageKey());
			}
		}
		model.addAttribute("callForm", new CallForm());
		return showDetail(officer, id, 0, model);
	}

	@PostMapping("/{id}/calls")
	String openCall(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@Valid @ModelAttribute("callForm") CallForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validateDates(result, LocalDate.now(clock));
		if (!result.hasErrors()) {
			try {
				long callId = outlets.openCall(officer, id, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "outlet.call.opened");
				return "redirect:/officer/outlets/calls/" + callId;
			}
			catch (OutletRefusedException ex) {
				result.reject(ex.messageKey());
			}
		}
		model.addAttribute("placeForm", new PlaceForm());
		return showDetail(officer, id, 0, model);
	}

	@GetMapping("/{id}/calendar")
	String calendar(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@RequestParam(required = false) String month, Model model) {
		YearMonth shown = YearMonth.now(clock);
		if (month != null) {
			try {
				shown = YearMonth.parse(month);
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("monthInvalid", true);
			}
		}
		if (shown.getYear() < 2020 || shown.getYear() > 2100) {
			shown = YearMonth.now(clock);
			model.addAttribute("monthInvalid", true);
		}
		model.addAttribute("calendar", calendar.month(officer, id, shown));
		return CALENDAR_VIEW;
	}

	private void check(PortalUser officer, OutletForm form, BindingResult result) {
		form.validateFee(result);
		options.checkVillage(form, officer, result);
		if (form.getOperatorPartnerId() != null
				&& partners.choices().stream().noneMatch(p -> p.id() == form.getOperatorPartnerId())) {
			result.rejectValue("operatorPartnerId", "validation.invalidChoice");
		}
	}

	private String showForm(PortalUser officer, Long id, Model model) {
		model.addAttribute("outletId", id);
		model.addAttribute("kinds", OutletKind.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("grades", Grade.values());
		model.addAttribute("licences", LicenceType.DECLARABLE);
		model.addAttribute("phases", Phase.values());
		model.addAttribute("operators", partners.choices());
		model.addAttribute("districts", options.villagesFor(officer));
		return FORM_VIEW;
	}

	private String showDetail(PortalUser officer, long id, int page, Model model) {
		model.addAttribute("outlet", queries.get(officer, id, PageRequest.of(Math.max(page, 0), CALLS_PER_PAGE)));
		model.addAttribute("placeKinds", PlaceKind.values());
		model.addAttribute("today", LocalDate.now(clock));
		return DETAIL_VIEW;
	}

}
