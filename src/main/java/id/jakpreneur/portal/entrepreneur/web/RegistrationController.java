package id.jakpreneur.portal.entrepreneur.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.SessionLogin;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.OnlineRegistration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationDrafts;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen joins JakPreneur through the registration journey ({@link RegistrationJourney}): account, person,
 * address, business, sales and licences, consent, then the check page that sends it. The answers are kept in a draft
 * found by a random token in an HttpOnly cookie (no session before login, decision 73; nothing personal in a URL).
 * Every accepted registration ends on the same "received" page, whether the NIK or the email were free or not
 * ({@link OnlineRegistration}); the new account is opened through the link mailed to the address. Sent
 * registrations are limited per client address and overall ({@link RegistrationLimiter}); over the limit the check
 * page answers 429 with a message.
 */
@Controller
class RegistrationController {

	static final String DRAFT_COOKIE = "JP_REGISTRATION";

	static final String RECEIVED_VIEW = "entrepreneur/register-received";

	static final String ACTIVATE_VIEW = "entrepreneur/register-activate";

	private static final RegistrationJourney.Desk ONLINE = new RegistrationJourney.Desk("/register", null);

	private final RegistrationJourney journey;

	private final RegistrationDrafts drafts;

	private final OnlineRegistration registration;

	private final RegistrationLimiter limiter;

	private final AccountActivation activations;

	private final SessionLogin sessionLogin;

	RegistrationController(RegistrationJourney journey, RegistrationDrafts drafts, OnlineRegistration registration,
			RegistrationLimiter limiter, AccountActivation activations, SessionLogin sessionLogin) {
		this.journey = journey;
		this.drafts = drafts;
		this.registration = registration;
		this.limiter = limiter;
		this.activations = activations;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/register")
	String start(@AuthenticationPrincipal PortalUser user,
			@CookieValue(name = DRAFT_COOKIE, required = false) String token, Model model) {
		return page(user, RegistrationStep.ACCOUNT.getSlug(), token, model);
	}

	@GetMapping("/register/{step}")
	String page(@AuthenticationPrincipal PortalUser user, @PathVariable String step,
			@CookieValue(name = DRAFT_COOKIE, required = false) String token, Model model) {
		RegistrationStep page = RegistrationStep.of(step);
		if (user != null) {
			return "redirect:" + user.role().homePath();
		}
		return journey.page(model, ONLINE, page, token);
	}

	/** The client address is the connection's peer, or what the configured trusted proxies forwarded. */
	@PostMapping("/register/{step}")
	String answer(@PathVariable String step, @CookieValue(name = DRAFT_COOKIE, required = false) String token,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		RegistrationStep page = RegistrationStep.of(step);
		if (page == RegistrationStep.CHECK) {
			return send(token, model, request, response);
		}
		String draft = token == null || drafts.answers(token).isEmpty() ? drafts.newToken() : token;
		keep(response, draft, request.isSecure());
		return journey.answer(model, ONLINE, page, draft, request.getParameterMap());
	}

	/** Forgets every answer (on a shared phone or computer) and starts again. */
	@PostMapping("/register/discard")
	String discard(@CookieValue(name = DRAFT_COOKIE, required = false) String token, HttpServletRequest request,
			HttpServletResponse response) {
		forget(token, response, request.isSecure());
		return "redirect:/register";
	}

	private String send(String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<NewRegistration> ready = journey.readyToSend(model, ONLINE, token, RegistrationChannel.ONLINE);
		if (ready.isEmpty()) {
			return RegistrationJourney.VIEW;
		}
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("limited", true);
			return journey.page(model, ONLINE, RegistrationStep.CHECK, token);
		}
		registration.submit(ready.get());
		forget(token, response, request.isSecure());
		return ready.get().email() == null ? "redirect:/register/received?by=phone" : "redirect:/register/received";
	}

	/** {@code by=phone}: the registration gave no e-mail address, so the activation goes to the mobile number. */
	@GetMapping("/register/received")
	String received(@RequestParam(defaultValue = "") String by, Model model) {
		model.addAttribute("byPhone", "phone".equals(by));
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

	/** The draft's cookie: HttpOnly, SameSite=Lax, only for the registration's paths, as long as a draft lives. */
	private void keep(HttpServletResponse response, String token, boolean secure) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, secure).maxAge(drafts.lifetime()).build().toString());
	}

	private void forget(String token, HttpServletResponse response, boolean secure) {
		drafts.discard(token);
		response.addHeader(HttpHeaders.SET_COOKIE, cookie("", secure).maxAge(0).build().toString());
	}

	private static ResponseCookie.ResponseCookieBuilder cookie(String value, boolean secure) {
		return ResponseCookie.from(DRAFT_COOKIE, value).httpOnly(true).sameSite("Lax").secure(secure).path("/register");
	}

}
