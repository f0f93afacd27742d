package id.jakpreneur.portal.entrepreneur.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What JakPreneur is and how to join, and the privacy notice: open to everyone. */
@Controller
class PublicPagesController {

	@GetMapping("/")
	String landing() {
		return "public/landing";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "public/privacy";
	}

}
