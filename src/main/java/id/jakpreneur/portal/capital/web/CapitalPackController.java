package id.jakpreneur.portal.capital.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.capital.domain.CapitalApplications;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable referral pack of a capital application for the partner's contact (their organisation's
 * applications only) and for officers (their area) and administrators. The participant's own is under /me/capital.
 */
@Controller
class CapitalPackController {

	private final CapitalApplications capital;

	CapitalPackController(CapitalApplications capital) {
		this.capital = capital;
	}

	@GetMapping("/partner/referrals/{referralId}/pack")
	String forPartner(@AuthenticationPrincipal PortalUser user, @PathVariable long referralId, Model model) {
		model.addAttribute("documentBase", "/partner/referrals/" + referralId + "/documents/");
		return show(user, referralId, "/partner/referrals/" + referralId, model);
	}

	/**
	 * A document of the application for the partner's contact, while the participant consents to share it, answered
	 * like {@code /documents/{id}} ({@code DocumentContent.inline}).
	 */
	@GetMapping("/partner/referrals/{referralId}/documents/{documentId}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal PortalUser user, @PathVariable long referralId,
			@PathVariable long documentId) {
		return capital.document(user, referralId, documentId).inline();
	}

	@GetMapping("/officer/referrals/{referralId}/pack")
	String forOfficer(@AuthenticationPrincipal PortalUser user, @PathVariable long referralId, Model model) {
		return show(user, referralId, "/officer/referrals/" + referralId, model);
	}

	private String show(PortalUser user, long referralId, String backUrl, Model model) {
		model.addAttribute("pack", capital.pack(user, referralId));
		model.addAttribute("backUrl", backUrl);
		return MyCapitalController.PACK_VIEW;
	}

}
