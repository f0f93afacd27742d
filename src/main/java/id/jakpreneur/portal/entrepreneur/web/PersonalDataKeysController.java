package id.jakpreneur.portal.entrepreneur.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.domain.PersonalDataCipher;
import id.jakpreneur.portal.entrepreneur.domain.PersonalDataRekeying;
import id.jakpreneur.portal.entrepreneur.query.PersonalDataQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the NIK/KK encryption keys: the current key id, how many participants still have a
 * number under another key or from before key ids, the re-encryption runs, and the button that starts one.
 */
@Controller
@RequestMapping("/admin/personal-data")
class PersonalDataKeysController {

	static final String VIEW = "entrepreneur/admin-keys";

	private final PersonalDataRekeying rekeying;

	private final PersonalDataCipher cipher;

	private final PersonalDataQueries queries;

	PersonalDataKeysController(PersonalDataRekeying rekeying, PersonalDataCipher cipher, PersonalDataQueries queries) {
		this.rekeying = rekeying;
		this.cipher = cipher;
		this.queries = queries;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("keyId", cipher.currentKeyId());
		model.addAttribute("left", queries.participantsNotUnder(cipher.currentHead()));
		model.addAttribute("runs", queries.latestRekeyRuns());
		model.addAttribute("open", queries.openRekeyRun().orElse(null));
		return VIEW;
	}

	@PostMapping("/rekey")
	String rekey(@AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		rekeying.start(admin);
		redirect.addFlashAttribute("flashSuccess", "admin.keys.started");
		return "redirect:/admin/personal-data";
	}

}
