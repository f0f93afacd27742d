package id.jakpreneur.portal.entrepreneur.web;

import id.jakpreneur.portal.account.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The entrepreneur's home: where they stand in the programme and what to do next. */
@Controller
class EntrepreneurHomeController {

	static final String VIEW = "entrepreneur/home";

	@GetMapping("/me")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		return VIEW;
	}

}
