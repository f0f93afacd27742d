package id.jakpreneur.portal.entrepreneur.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.domain.MobileNumberTakenException;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.NikTakenException;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationDrafts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer registers a walk-in citizen at the kecamatan counter through the same journey as online
 * ({@link RegistrationJourney}); the kelurahan must be in the officer's area. The draft's token lives in the
 * officer's session, the answers in the encrypted draft. A NIK, e-mail or (without an e-mail) mobile number already
 * registered is said beside its field: the officer sees the citizen's documents.
 */
@Controller
@RequestMapping("/officer/entrepreneurs/new")
class CounterRegistrationController {

	static final String DRAFT_ATTRIBUTE = "counterRegistrationDraft";

	private static final String BASE = "/officer/entrepreneurs/new";

	private final RegistrationJourney journey;

	private final RegistrationDrafts drafts;

	private final Registration registration;

	CounterRegistrationController(RegistrationJourney journey, RegistrationDrafts drafts, Registration registration) {
		this.journey = journey;
		this.drafts = drafts;
		this.registration = registration;
	}

	@GetMapping
	String start() {
		return "redirect:" + BASE + "/" + RegistrationStep.ACCOUNT.getSlug();
	}

	@GetMapping("/{step}")
	String page(@AuthenticationPrincipal PortalUser officer, @PathVariable String step,
			@SessionAttribute(name = DRAFT_ATTRIBUTE, required = false) String token, Model model) {
		return journey.page(model, desk(officer), RegistrationStep.of(step), token);
	}

	@PostMapping("/{step}")
	String answer(@AuthenticationPrincipal PortalUser officer, @PathVariable String step, HttpSession session,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		RegistrationStep page = RegistrationStep.of(step);
		String token = (String) session.getAttribute(DRAFT_ATTRIBUTE);
		if (page == RegistrationStep.CHECK) {
			return send(officer, token, session, model, redirect);
		}
		if (token == null) {
			token = drafts.newToken();
			session.setAttribute(DRAFT_ATTRIBUTE, token);
		}
		return journey.answer(model, desk(officer), page, token, request.getParameterMap());
	}

	/** Forgets the answers (a citizen who left) and starts again with an empty journey. */
	@PostMapping("/discard")
	String discard(HttpSession session) {
		drafts.discard((String) session.getAttribute(DRAFT_ATTRIBUTE));
		session.removeAttribute(DRAFT_ATTRIBUTE);
		return start();
	}

	private String send(PortalUser officer, String token, HttpSession session, Model model,
			RedirectAttributes redirect) {
		RegistrationJourney.Desk desk = desk(officer);
		Optional<NewRegistration> ready = journey.readyToSend(model, desk, token, RegistrationChannel.WALK_IN);
		if (ready.isEmpty()) {
			return RegistrationJourney.VIEW;
		}
		Registration.CounterRegistration registered;
		try {
			registered = registration.registerAtCounter(ready.get(), officer);
		}
		catch (NikTakenException ex) {
			return journey.refused(model, desk, token, "nik", "registration.nik.taken");
		}
		catch (EmailTakenException ex) {
			return journey.refused(model, desk, token, "email", "registration.email.taken");
		}
		catch (MobileNumberTakenException ex) {
			return journey.refused(model, desk, token, "phone", "registration.phone.taken");
		}
		drafts.discard(token);
		session.removeAttribute(DRAFT_ATTRIBUTE);
		// answered with the printable slip itself: its activation code is shown this once, never in a redirect
		model.addAttribute("slip", registered.slip());
		model.addAttribute("slipBack", "/officer/entrepreneurs/" + registered.participantId());
		return ActivationSlip.VIEW;
	}

	private static RegistrationJourney.Desk desk(PortalUser officer) {
		return new RegistrationJourney.Desk(BASE, officer);
	}

}
