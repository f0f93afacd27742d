package id.jakpreneur.portal.training.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.training.domain.TrainingCertificates;
import id.jakpreneur.portal.training.domain.TrainingRefusedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An officer withdraws a certificate issued by mistake, from the class page, with the reason the participant reads. */
@Controller
class CertificateController {

	private final TrainingCertificates certificates;

	CertificateController(TrainingCertificates certificates) {
		this.certificates = certificates;
	}

	@PostMapping("/officer/classes/{id}/certificates/{participantId}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, @PathVariable long participantId,
			@RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
		try {
			certificates.withdraw(officer, id, participantId, reason);
			redirect.addFlashAttribute("flashSuccess", "programme.certificate.withdrawn");
		}
		catch (TrainingRefusedException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/officer/classes/" + id;
	}

}
