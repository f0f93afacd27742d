package id.jakpreneur.portal.training.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.training.query.AttendanceDueQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officer's sessions held without attendance recorded, a page at a time, each leading to its attendance sheet;
 * and their count for the officer's home.
 */
@Controller
class AttendanceDueController implements WorkInbox {

	static final String PATH = "/officer/classes/attendance-due";

	static final String VIEW = "training/attendance-due";

	private final AttendanceDueQueries due;

	AttendanceDueController(AttendanceDueQueries due) {
		this.due = due;
	}

	@GetMapping(PATH)
	String list(@AuthenticationPrincipal PortalUser officer, @PageableDefault(size = 20) Pageable page, Model model) {
		Pageable bounded = page.getPageSize() > 100 ? PageRequest.of(page.getPageNumber(), 100) : page;
		model.addAttribute("sessions", due.list(officer, bounded));
		return VIEW;
	}

	@Override
	public List<Tray> traysFor(PortalUser user) {
		if (!WorkInbox.worksOfficerQueues(user)) {
			return List.of();
		}
		return List.of(new Tray(70, "inbox.attendance", due.count(user), PATH));
	}

}
