package id.jakpreneur.portal.partner.web;

import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.partner.Referrals;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant shares one of her referrals with its partner, or withdraws that consent, from her home, her
 * offers or her capital page; the partner sees the referral only while the consent stands. Someone else's referral
 * answers 404.
 */
@Controller
class ReferralSharingController {

	/** Where the participant comes back to: a name, never a URL, so nothing can redirect elsewhere. */
	private static final Map<String, String> BACK = Map.of("me", "/me", "offers", "/me/offers", "capital",
			"/me/capital");

	private final Referrals referrals;

	ReferralSharingController(Referrals referrals) {
		this.referrals = referrals;
	}

	@PostMapping("/me/referrals/{id}/share")
	String share(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		String target = target(back);
		referrals.share(user, id);
		redirect.addFlashAttribute("flashSuccess", "partner.sharing.shared");
		return target;
	}

	@PostMapping("/me/referrals/{id}/unshare")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		String target = target(back);
		referrals.withdrawSharing(user, id);
		redirect.addFlashAttribute("flashSuccess", "partner.sharing.withdrawn");
		return target;
	}

	/** Checked before anything changes: a page name the forms never send is a bad request, and nothing is stored. */
	private static String target(String back) {
		if (back == null) {
			return "redirect:/me";
		}
		String path = BACK.get(back);
		if (path == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return "redirect:" + path;
	}

}
