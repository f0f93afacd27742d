package id.jakpreneur.portal.account.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.SessionLogin;
import id.jakpreneur.portal.account.domain.AccountSecrets.Open;
import id.jakpreneur.portal.account.security.LoginThrottle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holder of an account someone else opened activates it: with the link sent to them, or with their login name
 * and the code from the printed slip, and their own password; then they are logged in. Wrong codes count like
 * wrong passwords (same counters and delays, per login name and per client address).
 */
@Controller
@RequestMapping(AccountActivation.ACTIVATE_PATH)
class ActivationController {

	static final String VIEW = "account/activate";

	private final AccountActivation activations;

	private final AccountManagement accounts;

	private final LoginThrottle throttle;

	private final SessionLogin sessionLogin;

	ActivationController(AccountActivation activations, AccountManagement accounts, LoginThrottle throttle,
			SessionLogin sessionLogin) {
		this.activations = activations;
		this.accounts = accounts;
		this.throttle = throttle;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping
	String form(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		NoReferrer.set(response);
		ActivationForm form = new ActivationForm();
		if (!token.isBlank()) {
			Optional<Open> activation = activations.findByLink(token);
			if (activation.isEmpty()) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("invalidLink", true);
			}
			else {
				form.setToken(token);
				model.addAttribute("loginName", activations.loginOf(activation.get()));
			}
		}
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping
	String activate(@Valid @ModelAttribute("form") ActivationForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		NoReferrer.set(response);
		Optional<Open> activation = form.hasToken() ? byLink(form, model, response) : byCode(form, result, request);
		if (activation.isEmpty()) {
			form.forgetPasswords();
			return VIEW;
		}
		String login = activations.loginOf(activation.get());
		model.addAttribute("loginName", login);
		form.checkNewPassword(login, result);
		if (result.hasErrors()) {
			form.forgetPasswords();
			return VIEW;
		}
		Optional<String> done = activations.activate(activation.get(), form.getNewPassword());
		if (done.isEmpty()) {
			return byLinkRefused(form, model, response);
		}
		throttle.recordSuccess(done.get());
		sessionLogin.logIn(done.get(), request, response);
		redirect.addFlashAttribute("flashSuccess", "activation.done");
		return "redirect:" + ((PortalUser) accounts.loadUserByUsername(done.get())).role().homePath();
	}

	private Optional<Open> byLink(ActivationForm form, Model model, HttpServletResponse response) {
		Optional<Open> activation = activations.findByLink(form.getToken());
		if (activation.isEmpty()) {
			byLinkRefused(form, model, response);
		}
		return activation;
	}

	/** An unknown, used or expired link: the code form instead, with a message. */
	private static String byLinkRefused(ActivationForm form, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("invalidLink", true);
		model.addAttribute("loginName", null);
		form.setToken(null);
		form.forgetPasswords();
		return VIEW;
	}

	private Optional<Open> byCode(ActivationForm form, BindingResult result, HttpServletRequest request) {
		if (form.getLoginName() == null || form.getLoginName().isBlank()) {
			result.rejectValue("loginName", "validation.required");
		}
		if (form.getCode() == null || form.getCode().isBlank()) {
			result.rejectValue("code", "validation.required");
		}
		if (result.hasFieldErrors("loginName") || result.hasFieldErrors("code")) {
			return Optional.empty();
		}
		Duration wait = throttle.waitBefore(form.getLoginName(), request.getRemoteAddr());
		Optional<Open> activation = Optional.empty();
		if (wait.isZero()) {
			activation = activations.findByCode(form.getLoginName(), form.getCode());
			if (activation.isEmpty()) {
				wait = throttle.recordFailure(form.getLoginName(), request.getRemoteAddr());
				if (wait.isZero()) {
					result.rejectValue("code", "activation.code.wrong");
				}
			}
		}
		if (!wait.isZero()) {
			result.rejectValue("code", "activation.code.wait", new Object[] { Math.max(1, (wait.toMillis() + 999) / 1000) },
					null);
		}
		return activation;
	}

}
