package id.jakpreneur.portal.licensing.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.licensing.query.LicenceQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The officer's queue of issued licences waiting for verification in their area, oldest first. */
@Controller
class LicenceQueueController {

	static final String VIEW = "licensing/licence-queue";

	private final LicenceQueries licences;

	LicenceQueueController(LicenceQueries licences) {
		this.licences = licences;
	}

	@GetMapping("/officer/licences")
	String queue(@AuthenticationPrincipal PortalUser officer, @PageableDefault(size = 25) Pageable page, Model model) {
		Pageable bounded = page.getPageSize() > 100 ? PageRequest.of(page.getPageNumber(), 100) : page;
		model.addAttribute("licences", licences.toVerify(officer, bounded));
		return VIEW;
	}

}
