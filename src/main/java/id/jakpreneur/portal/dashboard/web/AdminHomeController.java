package id.jakpreneur.portal.dashboard.web;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's home: the accounts of the portal by role and where to manage them. */
@Controller
class AdminHomeController {

	static final String VIEW = "dashboard/admin-home";

	private final AccountManagement accounts;

	AdminHomeController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("accountCounts", accounts.countByRole());
		return VIEW;
	}

}
