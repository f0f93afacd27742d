package id.jakpreneur.portal.dashboard.web;

import java.time.LocalDate;
import java.time.ZoneId;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The entrepreneur's home: registration status, the 7 steps, size class, and the next thing to do. */
@Controller
class EntrepreneurHomeController {

	static final String VIEW = "dashboard/entrepreneur-home";

	private final ParticipantRecords records;

	private final RegionDirectory regions;

	EntrepreneurHomeController(ParticipantRecords records, RegionDirectory regions) {
		this.records = records;
		this.regions = regions;
	}

	@GetMapping("/me")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		records.ofAccount(user.accountId()).ifPresent(p -> {
			model.addAttribute("participant", p);
			model.addAttribute("villageName", regions.nameOf(p.villageCode()));
			model.addAttribute("steps", StepProgress.of(p));
			model.addAttribute("sizeClass", SizeClass.ofBusiness(p.business().startedOn(),
					LocalDate.now(ZoneId.of("Asia/Jakarta")), p.business().capital(), p.business().monthlySales()));
			model.addAttribute("sizeByCapital", SizeClass.isNew(p.business().startedOn(),
					LocalDate.now(ZoneId.of("Asia/Jakarta"))));
		});
		return VIEW;
	}

}
