package id.jakpreneur.portal.dashboard.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.FosteringAgency;
import id.jakpreneur.portal.dashboard.domain.YearlyTargets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators set each year's targets per fostering agency and step; the dashboards compare realisation. */
@Controller
class TargetController {

	static final String VIEW = "dashboard/targets";

	static final int MAX_TARGET = 10_000_000;

	static final String[] STEPS = { "P1", "P2", "P3", "P4", "P5", "P6", "P7" };

	private final YearlyTargets targets;

	private final AssessmentReference reference;

	private final FilterResolver filters;

	TargetController(YearlyTargets targets, AssessmentReference reference, FilterResolver filters) {
		this.targets = targets;
		this.reference = reference;
		this.filters = filters;
	}

	@GetMapping("/admin/targets")
	String show(@RequestParam(required = false) String year, Model model) {
		int chosen = filters.lastYear();
		if (year != null && year.matches("\\d{4}")) {
			int asked = Integer.parseInt(year);
			if (asked >= FilterResolver.FIRST_YEAR && asked <= filters.lastYear() + 1) {
				chosen = asked;
			}
		}
		TargetForm form = new TargetForm();
		form.setYear(chosen);
		targets.of(chosen).forEach((key, value) -> form.getTargets().put(key, value.toString()));
		model.addAttribute("form", form);
		return view(model);
	}

	@PostMapping("/admin/targets")
	String save(@ModelAttribute("form") TargetForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (form.getYear() == null || form.getYear() < FilterResolver.FIRST_YEAR
				|| form.getYear() > filters.lastYear() + 1) {
			if (!errors.hasFieldErrors("year")) {
				errors.rejectValue("year", "dashboard.targets.year.invalid",
						new Object[] { FilterResolver.FIRST_YEAR, filters.lastYear() + 1 }, null);
			}
		}
		Map<String, Integer> values = new LinkedHashMap<>();
		for (FosteringAgency agency : reference.agencies()) {
			for (String step : STEPS) {
				String key = YearlyTargets.key(agency.code(), step);
				String typed = form.getTargets().get(key);
				if (typed == null || typed.isBlank()) {
					continue;
				}
				String digits = typed.trim().replace(".", "");
				if (!digits.matches("\\d{1,8}") || Integer.parseInt(digits) > MAX_TARGET) {
					errors.rejectValue("targets[" + key + "]", "dashboard.targets.value.invalid",
							new Object[] { MAX_TARGET }, null);
					continue;
				}
				values.put(key, Integer.parseInt(digits));
			}
		}
		if (errors.hasErrors()) {
			return view(model);
		}
		targets.save(form.getYear(), values, user.accountId());
		redirect.addFlashAttribute("flashSuccess", "dashboard.targets.saved");
		return "redirect:/admin/targets?year=" + form.getYear();
	}

	private String view(Model model) {
		model.addAttribute("agencies", reference.agencies());
		model.addAttribute("steps", STEPS);
		model.addAttribute("maxYear", filters.lastYear() + 1);
		return VIEW;
	}

}
