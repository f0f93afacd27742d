package id.jakpreneur.portal.capital.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.capital.domain.CapitalApplications;
import id.jakpreneur.portal.document.DocumentContent;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
	 * A document of the application for the partner's contact, while the participant consents to share it; served
	 * like {@code /documents/{id}}: the type recognised at upload, never sniffed, never cached.
	 */
	@GetMapping("/partner/referrals/{referralId}/documents/{documentId}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal PortalUser user, @PathVariable long referralId,
			@PathVariable long documentId) {
		DocumentContent content = capital.document(user, referralId, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.meta().contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content.meta().filename()).build().toString())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content.bytes());
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
