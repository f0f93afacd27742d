package id.jakpreneur.portal.account.web;

import id.jakpreneur.portal.account.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "account/login";

	@GetMapping("/login")
	String login(@AuthenticationPrincipal PortalUser user) {
		return user == null ? VIEW : "redirect:" + user.role().homePath();
	}

}
