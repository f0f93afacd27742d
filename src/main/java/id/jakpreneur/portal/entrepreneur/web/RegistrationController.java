package id.jakpreneur.portal.entrepreneur.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.SessionLogin;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.OnlineRegistration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen joins JakPreneur: account, person, business and consent in one form. Every accepted submission ends on
 * the same "received" page, whether the NIK or the email were free or not ({@link OnlineRegistration}); the new
 * account is opened through the link mailed to the address. Submissions are limited per client address and overall
 * ({@link RegistrationLimiter}); over the limit the form answers 429 with a message.
 */
@Controller
class RegistrationController {

	static final String VIEW = "entrepreneur/register";

	static final String RECEIVED_VIEW = "entrepreneur/register-received";

	static final String ACTIVATE_VIEW = "entrepreneur/register-activate";

	private final OnlineRegistration registration;

	private final RegistrationLimiter limiter;

	private final AccountActivation activations;

	private final ParticipantFormValidator validator;

	private final FormOptions options;

	private final SessionLogin sessionLogin;

	private final String noticeVersion;

	RegistrationController(OnlineRegistration registration, RegistrationLimiter limiter,
			AccountActivation activations, ParticipantFormValidator validator, FormOptions options,
			SessionLogin sessionLogin, @Value("${jakpreneur.privacy.version}") String noticeVersion) {
		this.registration = registration;
		this.limiter = limiter;
		this.activations = activations;
		this.validator = validator;
		this.options = options;
		this.sessionLogin = sessionLogin;
		this.noticeVersion = noticeVersion;
	}

	@GetMapping("/register")
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		if (user != null) {
			return "redirect:" + user.role().homePath();
		}
		model.addAttribute("form", new RegistrationForm());
		return show(model);
	}

	/** The client address is the connection's peer, or what the configured trusted proxies forwarded. */
	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		validator.validateRegistration(form, result);
		if (!result.hasErrors()) {
			if (!limiter.tryAcquire(request.getRemoteAddr())) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				model.addAttribute("limited", true);
			}
			else {
				registration.submit(new NewRegistration(form.getEmail(), form.getPassword(), validator.toPerson(form),
						validator.toBusiness(form), noticeVersion, RegistrationChannel.ONLINE, null));
				return "redirect:/register/received";
			}
		}
		form.forgetPasswords();
		return show(model);
	}

	@GetMapping("/register/received")
	String received() {
		return RECEIVED_VIEW;
	}

	/**
	 * The link from the mail shows a button: mail scanners that open links must not use up the one-time token. The
	 * token is never written back into a link of the page.
	 */
	@GetMapping("/register/activate")
	String confirmActivation(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return ACTIVATE_VIEW;
	}

	@PostMapping("/register/activate")
	String activate(@RequestParam(defaultValue = "") String token, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		return activations.confirmRegistration(token).map(email -> {
			sessionLogin.logIn(email, request, response);
			redirect.addFlashAttribute("flashSuccess", "registration.done");
			return "redirect:/me";
		}).orElseGet(() -> {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("invalid", true);
			return ACTIVATE_VIEW;
		});
	}

	private String show(Model model) {
		options.addTo(model);
		model.addAttribute("noticeVersion", noticeVersion);
		return VIEW;
	}

}
