package id.jakpreneur.portal.account.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.SessionLogin;
import id.jakpreneur.portal.account.security.AccountSessions;
import id.jakpreneur.portal.account.security.LoginThrottle;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every logged-in person can change their own password; a person whose password was set by someone else is sent
 * here first and may do nothing else until they have. Guesses of the current password count like failed logins
 * (same counters, same delays); a change ends every other session of the account.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	static final String VIEW = "account/password";

	private final AccountManagement accounts;

	private final LoginThrottle throttle;

	private final AccountSessions sessions;

	private final SessionLogin sessionLogin;

	PasswordController(AccountManagement accounts, LoginThrottle throttle, AccountSessions sessions,
			SessionLogin sessionLogin) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.sessions = sessions;
		this.sessionLogin = sessionLogin;
	}

	@ModelAttribute("form")
	PasswordForm form() {
		return new PasswordForm();
	}

	@ModelAttribute("mustChange")
	boolean mustChange(@AuthenticationPrincipal PortalUser user) {
		return user != null && user.mustChangePassword();
	}

	@GetMapping
	String show() {
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		form.checkNewPassword(user.getUsername(), result);
		if (!result.hasFieldErrors("newPassword") && form.getNewPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("newPassword", "password.new.same");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		Duration wait = throttle.waitBefore(user.getUsername(), request.getRemoteAddr());
		if (wait.isZero() && !accounts.changePassword(user.accountId(), form.getCurrentPassword(), form.getNewPassword())) {
			wait = throttle.recordFailure(user.getUsername(), request.getRemoteAddr());
			if (wait.isZero()) {
				result.rejectValue("currentPassword", "password.current.wrong");
				return VIEW;
			}
		}
		if (!wait.isZero()) {
			result.rejectValue("currentPassword", "password.current.wait",
					new Object[] { Math.max(1, (wait.toMillis() + 999) / 1000) }, null);
			return VIEW;
		}
		throttle.recordSuccess(user.getUsername());
		HttpSession current = request.getSession(false);
		sessions.endAllBut(user.getUsername(), current == null ? null : current.getId());
		// the session's login now carries the changed account (no longer asked to change its password)
		sessionLogin.logIn(user.getUsername(), request, response);
		redirect.addFlashAttribute("flashSuccess", "password.changed");
		return "redirect:" + user.role().homePath();
	}

}
