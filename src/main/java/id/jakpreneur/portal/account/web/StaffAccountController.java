package id.jakpreneur.portal.account.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountAdministration;
import id.jakpreneur.portal.account.domain.AccountStatus;
import id.jakpreneur.portal.account.query.AccountCriteria;
import id.jakpreneur.portal.account.query.AccountQueries;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import id.jakpreneur.portal.region.RegionView;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators search accounts and open accounts for officers, mentors and other administrators. */
@Controller
@RequestMapping("/admin/users")
class StaffAccountController {

	static final String LIST_VIEW = "account/users";

	static final String FORM_VIEW = "account/user-form";

	static final List<Role> STAFF_ROLES = List.of(Role.OFFICER, Role.MENTOR, Role.ADMIN);

	private final AccountAdministration administration;

	private final AccountQueries queries;

	private final RegionDirectory regions;

	StaffAccountController(AccountAdministration administration, AccountQueries queries, RegionDirectory regions) {
		this.administration = administration;
		this.queries = queries;
		this.regions = regions;
	}

	/** The list, searched by the query string; a value that is not a choice is a message, not a 400. */
	@GetMapping
	String list(@Valid @ModelAttribute("search") AccountSearchForm search, BindingResult result,
			@PageableDefault(size = 25) Pageable pageable, Model model) {
		if (search.getArea() != null && !result.hasFieldErrors("area") && !isArea(search.getArea())) {
			result.rejectValue("area", "validation.invalidChoice");
		}
		AccountCriteria criteria = new AccountCriteria(result.hasFieldErrors("q") ? null : search.getQ(),
				result.hasFieldErrors("role") ? null : search.getRole(),
				result.hasFieldErrors("status") ? null : search.getStatus(),
				result.hasFieldErrors("area") ? null : search.getArea());
		model.addAttribute("accounts", queries.search(criteria, pageable));
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/users")
			.queryParamIfPresent("q", Optional.ofNullable(criteria.text()))
			.queryParamIfPresent("role", Optional.ofNullable(criteria.role()))
			.queryParamIfPresent("status", Optional.ofNullable(criteria.status()))
			.queryParamIfPresent("area", Optional.ofNullable(criteria.areaCode()))
			.queryParam("size", pageable.getPageSize())
			.encode()
			.toUriString());
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", AccountStatus.values());
		List<RegionView> areas = areas();
		model.addAttribute("areas", areas);
		model.addAttribute("areaNames", areas.stream().collect(Collectors.toMap(RegionView::code, RegionView::name)));
		return LIST_VIEW;
	}

	private boolean isArea(String code) {
		return regions.exists(code, RegionLevel.CITY) || regions.exists(code, RegionLevel.DISTRICT);
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new StaffAccountForm());
		return showForm(model);
	}

	/**
	 * Opens the account without a password of anyone's choosing and answers with the printable slip of its
	 * activation code (shown this once); the link also goes to the address.
	 */
	@PostMapping
	String create(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute("form") StaffAccountForm form,
			BindingResult result, Model model) {
		if (form.getRole() != null && !STAFF_ROLES.contains(form.getRole())) {
			result.rejectValue("role", "validation.invalidChoice");
		}
		if (form.getRole() != null && form.getRole().hasArea() && form.getAreaCodes().isEmpty()) {
			result.rejectValue("areaCodes", "account.area.required");
		}
		if (!form.getAreaCodes().stream().allMatch(this::isArea)) {
			result.rejectValue("areaCodes", "validation.invalidChoice");
		}
		if (result.hasErrors()) {
			return showForm(model);
		}
		try {
			model.addAttribute("slip", administration.open(admin, new NewAccount(form.getEmail(), form.getFullName(),
					form.getRole(), null, form.getAreaCodes(), false)));
		}
		catch (EmailTakenException ex) {
			result.rejectValue("email", "account.email.taken");
			return showForm(model);
		}
		model.addAttribute("slipBack", "/admin/users");
		return ActivationSlip.VIEW;
	}

	private String showForm(Model model) {
		model.addAttribute("roles", STAFF_ROLES);
		model.addAttribute("areas", areas());
		return FORM_VIEW;
	}

	/** Every kota, each followed by its kecamatan: the areas an officer or mentor can work in. */
	private List<RegionView> areas() {
		return regions.cities()
			.stream()
			.flatMap(city -> Stream.concat(Stream.of(city), regions.childrenOf(city.code()).stream()))
			.toList();
	}

}
