package id.jakpreneur.portal.entrepreneur.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.SessionLogin;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.NikTakenException;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A citizen joins JakPreneur: account, person, business and consent in one form, then lands on /me. */
@Controller
class RegistrationController {

	static final String VIEW = "entrepreneur/register";

	private final Registration registration;

	private final ParticipantFormValidator validator;

	private final FormOptions options;

	private final SessionLogin sessionLogin;

	private final String noticeVersion;

	RegistrationController(Registration registration, ParticipantFormValidator validator, FormOptions options,
			SessionLogin sessionLogin, @Value("${jakpreneur.privacy.version}") String noticeVersion) {
		this.registration = registration;
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

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		validator.validateRegistration(form, result);
		if (!result.hasErrors()) {
			try {
				registration.register(new NewRegistration(form.getEmail(), form.getPassword(), validator.toPerson(form),
						validator.toBusiness(form), noticeVersion, RegistrationChannel.ONLINE, null));
				sessionLogin.logIn(form.getEmail(), request, response);
				redirect.addFlashAttribute("flashSuccess", "registration.done");
				return "redirect:/me";
			}
			catch (NikTakenException ex) {
				result.rejectValue("nik", "registration.nik.taken");
			}
			catch (EmailTakenException ex) {
				result.rejectValue("email", "registration.email.taken");
			}
		}
		form.forgetPasswords();
		return show(model);
	}

	private String show(Model model) {
		options.addTo(model);
		model.addAttribute("noticeVersion", noticeVersion);
		return VIEW;
	}

}
