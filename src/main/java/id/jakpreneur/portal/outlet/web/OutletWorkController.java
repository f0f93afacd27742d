package id.jakpreneur.portal.outlet.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.query.OutletWorkQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officer's outlet work, a page at a time: the calls of their area's outlets with applicants on the waiting list
 * or ended bookings without a sales report, each leading to the call's allocation board.
 */
@Controller
class OutletWorkController {

	static final String PATH = "/officer/outlets/work";

	static final String VIEW = "outlet/work";

	private final OutletWorkQueries work;

	OutletWorkController(OutletWorkQueries work) {
		this.work = work;
	}

	@GetMapping(PATH)
	String work(@AuthenticationPrincipal PortalUser officer, @PageableDefault(size = 20) Pageable page, Model model) {
		Pageable bounded = page.getPageSize() > 100 ? PageRequest.of(page.getPageNumber(), 100) : page;
		model.addAttribute("calls", work.calls(officer, bounded));
		return VIEW;
	}

}
