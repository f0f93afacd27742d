package id.jakpreneur.portal.account.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PasswordPolicy;
import id.jakpreneur.portal.account.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every logged-in person can change their own password. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	static final String VIEW = "account/password";

	private final AccountManagement accounts;

	PasswordController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("form")
	PasswordForm form() {
		return new PasswordForm();
	}

	@GetMapping
	String show() {
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword")) {
			PasswordPolicy.problem(form.getNewPassword(), user.getUsername())
				.ifPresent(key -> result.rejectValue("newPassword", key));
		}
		if (!result.hasFieldErrors("confirmPassword") && form.getNewPassword() != null
				&& !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		if (!accounts.changePassword(user.accountId(), form.getCurrentPassword(), form.getNewPassword())) {
			result.rejectValue("currentPassword", "password.current.wrong");
			return VIEW;
		}
		redirect.addFlashAttribute("flashSuccess", "password.changed");
		return "redirect:" + user.role().homePath();
	}

}
