package id.jakpreneur.portal.account.web;

import java.util.List;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
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

/** Administrators list accounts and open accounts for officers, mentors and other administrators. */
@Controller
@RequestMapping("/admin/users")
class StaffAccountController {

	static final String LIST_VIEW = "account/users";

	static final String FORM_VIEW = "account/user-form";

	static final List<Role> STAFF_ROLES = List.of(Role.OFFICER, Role.MENTOR, Role.ADMIN);

	private final AccountManagement accounts;

	private final RegionDirectory regions;

	private final AccountActivation activations;

	StaffAccountController(AccountManagement accounts, RegionDirectory regions, AccountActivation activations) {
		this.accounts = accounts;
		this.activations = activations;
		this.regions = regions;
	}

	@GetMapping
	String list(@PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("accounts", accounts.list(pageable));
		return LIST_VIEW;
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
		if (form.getAreaCodes()
			.stream()
			.anyMatch(code -> !regions.exists(code, RegionLevel.CITY) && !regions.exists(code, RegionLevel.DISTRICT))) {
			result.rejectValue("areaCodes", "validation.invalidChoice");
		}
		if (result.hasErrors()) {
			return showForm(model);
		}
		try {
			model.addAttribute("slip", activations.openForSomeoneElse(new NewAccount(form.getEmail(), form.getFullName(),
					form.getRole(), null, form.getAreaCodes(), false), admin));
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
		List<RegionView> areas = regions.cities()
			.stream()
			.flatMap(city -> java.util.stream.Stream.concat(java.util.stream.Stream.of(city),
					regions.childrenOf(city.code()).stream()))
			.toList();
		model.addAttribute("areas", areas);
		return FORM_VIEW;
	}

}
