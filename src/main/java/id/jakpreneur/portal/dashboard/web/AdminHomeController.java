package id.jakpreneur.portal.dashboard.web;

import java.util.Locale;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.dashboard.query.DashboardQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's home: the accounts of the portal by role and where to manage them. */
@Controller
class AdminHomeController {

	static final String VIEW = "dashboard/admin-home";

	private final AccountManagement accounts;

	private final DashboardQueries dashboards;

	AdminHomeController(AccountManagement accounts, DashboardQueries dashboards) {
		this.accounts = accounts;
		this.dashboards = dashboards;
	}

	/** Account counts are live; the dashboard's figures are as of its last refresh, which the page says. */
	@GetMapping("/admin")
	String home(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("accountCounts", accounts.countByRole());
		model.addAttribute("summaryAsOf", dashboards.refreshedAt().map(at -> DashboardController.asOf(at, locale)).orElse(null));
		return VIEW;
	}

}
