package id.jakpreneur.portal.dashboard.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantSearch;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The officer's work queue: registrations of their area waiting for validation, oldest first. */
@Controller
class OfficerHomeController {

	static final String VIEW = "dashboard/officer-home";

	private final RegionDirectory regions;

	private final ParticipantSearch search;

	OfficerHomeController(RegionDirectory regions, ParticipantSearch search) {
		this.regions = regions;
		this.search = search;
	}

	@GetMapping("/officer")
	String home(@AuthenticationPrincipal PortalUser user, @PageableDefault(size = 20) Pageable page, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("areaNames", regions.namesOf(user.areaCodes()));
		model.addAttribute("waiting", search.waiting(user, page));
		return VIEW;
	}

}
