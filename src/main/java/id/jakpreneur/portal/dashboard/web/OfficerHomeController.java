package id.jakpreneur.portal.dashboard.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The officer's work queue, scoped to their area. */
@Controller
class OfficerHomeController {

	static final String VIEW = "dashboard/officer-home";

	private final RegionDirectory regions;

	OfficerHomeController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping("/officer")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("areaNames", regions.namesOf(user.areaCodes()));
		return VIEW;
	}

}
