package id.jakpreneur.portal.mentoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.mentoring.domain.MentoringSettings;
import id.jakpreneur.portal.mentoring.query.MenteeQueries;
import id.jakpreneur.portal.mentoring.query.MenteeSummary;
import id.jakpreneur.portal.mentoring.query.MentorProfile;
import id.jakpreneur.portal.mentoring.query.MentorQueries;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mentor's home: the work waiting (their own trays from the mentee list, and other modules' {@link WorkInbox}
 * trays such as products to verify), their profile in short (area, load, paused), their mentees with phase, track
 * and last session, those who need attention first and why; a tray's link shows only its mentees.
 */
@Controller
class MentorHomeController {

	static final String VIEW = "mentoring/home";

	private final RegionDirectory regions;

	private final MentorQueries mentors;

	private final MenteeQueries mentees;

	private final MentoringSettings settings;

	private final Clock clock;

	private final List<WorkInbox> inboxes;

	MentorHomeController(RegionDirectory regions, MentorQueries mentors, MenteeQueries mentees,
			MentoringSettings settings, Clock clock, List<WorkInbox> inboxes) {
		this.inboxes = inboxes;
		this.clock = clock;
		this.regions = regions;
		this.mentors = mentors;
		this.mentees = mentees;
		this.settings = settings;
	}

	@GetMapping("/mentor")
	String home(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String need, Model model) {
		MentorProfile profile = mentors.own(user).orElse(null);
		List<MenteeSummary> list = mentees.mentees(user);
		List<WorkInbox.Tray> trays = new ArrayList<>(MenteeTrays.of(list));
		trays.addAll(WorkInbox.collect(inboxes, user));
		trays.sort(WorkInbox.Tray.PAGE_ORDER);
		model.addAttribute("user", user);
		model.addAttribute("profile", profile);
		model.addAttribute("areaNames",
				regions.namesOf(profile == null ? user.areaCodes() : profile.districtCodes()));
		model.addAttribute("trays", trays);
		model.addAttribute("need", MenteeTrays.named(need).map(Enum::name).orElse(null));
		model.addAttribute("mentees", MenteeTrays.filter(list, need));
		model.addAttribute("settings", settings);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("attentionCount", list.stream().filter(MenteeSummary::needsAttention).count());
		return VIEW;
	}

}
