package id.jakpreneur.portal.mentoring.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The mentor's home: their area, their mentees and who needs attention. */
@Controller
class MentorHomeController {

	static final String VIEW = "mentoring/home";

	private final RegionDirectory regions;

	MentorHomeController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping("/mentor")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("areaNames", regions.namesOf(user.areaCodes()));
		return VIEW;
	}

}
