package id.jakpreneur.portal.dashboard.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officer's home: the work waiting in their area, one tray a kind with its count and the queue where it is
 * done, each counted by the module that owns it ({@link WorkInbox}); then the other tools.
 */
@Controller
class OfficerHomeController {

	static final String VIEW = "dashboard/officer-home";

	private final RegionDirectory regions;

	private final List<WorkInbox> inboxes;

	OfficerHomeController(RegionDirectory regions, List<WorkInbox> inboxes) {
		this.regions = regions;
		this.inboxes = inboxes;
	}

	@GetMapping("/officer")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		List<WorkInbox.Tray> trays = WorkInbox.collect(inboxes, user);
		model.addAttribute("user", user);
		model.addAttribute("areaNames", regions.namesOf(user.areaCodes()));
		model.addAttribute("trays", trays);
		model.addAttribute("waitingTotal", trays.stream().mapToLong(WorkInbox.Tray::count).sum());
		model.addAttribute("waitingAtLeast", trays.stream().anyMatch(WorkInbox.Tray::countedUpToTheLimit));
		return VIEW;
	}

}
