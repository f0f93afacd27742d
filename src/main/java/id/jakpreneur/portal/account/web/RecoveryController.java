package id.jakpreneur.portal.account.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.SessionLogin;
import id.jakpreneur.portal.account.domain.AccountRecovery;
import id.jakpreneur.portal.account.security.RecoverySettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Lupa kata sandi?": the request page answers the same whether or not the login name is an account; the page of
 * the link asks for the new password and logs the person in. The link's token is in the URL of that page only: the
 * page sends no referrer, its form carries the token in a hidden field, and the edge logs requests without query
 * strings.
 */
@Controller
class RecoveryController {

	static final String FORGOT_VIEW = "account/forgot-password";

	static final String RESET_VIEW = "account/reset-password";

	private final AccountRecovery recovery;

	private final AccountManagement accounts;

	private final SessionLogin sessionLogin;

	private final RecoverySettings settings;

	RecoveryController(AccountRecovery recovery, AccountManagement accounts, SessionLogin sessionLogin,
			RecoverySettings settings) {
		this.settings = settings;
		this.recovery = recovery;
		this.accounts = accounts;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/forgot-password")
	String forgotForm(Model model) {
		model.addAttribute("form", new ForgotPasswordForm());
		return FORGOT_VIEW;
	}

	@PostMapping("/forgot-password")
	String requestLink(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return FORGOT_VIEW;
		}
		Duration wait = recovery.requestReset(form.getLoginName(), request.getRemoteAddr());
		if (!wait.isZero()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("waitMinutes", Math.max(1, (wait.toSeconds() + 59) / 60));
			return FORGOT_VIEW;
		}
		model.addAttribute("sent", true);
		model.addAttribute("validMinutes", settings.resetValidity().toMinutes());
		return FORGOT_VIEW;
	}

	@GetMapping(AccountRecovery.RESET_PATH)
	String resetForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		NoReferrer.set(response);
		ResetPasswordForm form = new ResetPasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return recovery.loginOf(token).map(login -> RESET_VIEW).orElseGet(() -> invalid(model, response));
	}

	@PostMapping(AccountRecovery.RESET_PATH)
	String reset(@Valid @ModelAttribute("form") ResetPasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		NoReferrer.set(response);
		Optional<String> login = recovery.loginOf(form.getToken());
		if (login.isEmpty()) {
			return invalid(model, response);
		}
		form.checkNewPassword(login.get(), result);
		if (result.hasErrors()) {
			form.forgetPasswords();
			return RESET_VIEW;
		}
		return recovery.reset(form.getToken(), form.getNewPassword()).map(done -> {
			sessionLogin.logIn(done, request, response);
			redirect.addFlashAttribute("flashSuccess", "reset.done");
			return "redirect:" + ((PortalUser) accounts.loadUserByUsername(done)).role().homePath();
		}).orElseGet(() -> invalid(model, response));
	}

	/** Unknown, used and expired links look alike. */
	private static String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("invalid", true);
		return RESET_VIEW;
	}

}
