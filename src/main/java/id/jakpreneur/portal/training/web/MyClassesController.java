package id.jakpreneur.portal.training.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.domain.EnrolmentRefusedException;
import id.jakpreneur.portal.training.domain.EnrolmentStatus;
import id.jakpreneur.portal.training.domain.Enrolments;
import id.jakpreneur.portal.training.query.CertificateQueries;
import id.jakpreneur.portal.training.query.MyClassQueries;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The participant's classes: those they can join, enrolment and cancellation, and their printable certificates. */
@Controller
@RequestMapping("/me/classes")
class MyClassesController {

	static final String VIEW = "training/my-classes";

	static final String CERTIFICATE_VIEW = "training/certificate";

	private final MyClassQueries myClasses;

	private final Enrolments enrolments;

	private final CertificateQueries certificates;

	MyClassesController(MyClassQueries myClasses, Enrolments enrolments, CertificateQueries certificates) {
		this.myClasses = myClasses;
		this.enrolments = enrolments;
		this.certificates = certificates;
	}

	@GetMapping
	String list(@CurrentParticipant ParticipantView me, @PageableDefault(size = 10) Pageable page, Model model) {
		model.addAttribute("participant", me);
		model.addAttribute("classes", myClasses.of(me, page));
		return VIEW;
	}

	@PostMapping("/{id}/enrol")
	String enrol(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			EnrolmentStatus status = enrolments.enrolSelf(user, id);
			redirect.addFlashAttribute("flashSuccess",
					status == EnrolmentStatus.ENROLLED ? "programme.enrol.seated" : "programme.enrol.waiting");
		}
		catch (EnrolmentRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/me/classes";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			enrolments.cancelSelf(user, id);
			redirect.addFlashAttribute("flashSuccess", "programme.enrol.cancelled");
		}
		catch (EnrolmentRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/me/classes";
	}

	@GetMapping("/{id}/certificate")
	String certificate(@CurrentParticipant ParticipantView me, @PathVariable long id, Model model) {
		model.addAttribute("certificate", certificates.of(me, id).orElseThrow(NotFoundException::new));
		return CERTIFICATE_VIEW;
	}

}
