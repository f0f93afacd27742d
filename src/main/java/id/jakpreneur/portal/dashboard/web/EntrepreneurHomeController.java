package id.jakpreneur.portal.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.Guidance;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.entrepreneur.ParticipantPanel;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.shared.PageReads;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The entrepreneur's home: registration status, the current phase with what it means and the track, the 7 steps
 * in plan order (the agency's, or the overridden track's focus first) with what each still needed is missing, the
 * reasons, what the next phase asks, and first of all the next thing to do as one action ({@link NextAction}).
 * Without an assessment yet, the next thing is to take it: right after registering, since the officer's validation
 * does not change the answers. Everything is read in one read-only transaction ({@link PageReads}).
 */
@Controller
class EntrepreneurHomeController {

	static final String VIEW = "dashboard/entrepreneur-home";

	private final ParticipantRecords records;

	private final Assessments assessments;

	private final AssessmentReference reference;

	private final RegionDirectory regions;

	private final List<ParticipantPanel> panels;

	private final PageReads reads;

	private final Clock clock;

	EntrepreneurHomeController(ParticipantRecords records, Assessments assessments, AssessmentReference reference,
			RegionDirectory regions, List<ParticipantPanel> panels, PageReads reads, Clock clock) {
		this.records = records;
		this.assessments = assessments;
		this.reference = reference;
		this.regions = regions;
		this.panels = panels;
		this.reads = reads;
		this.clock = clock;
	}

	@GetMapping("/me")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		reads.run(() -> records.ofAccount(user.accountId()).ifPresent(p -> {
			Guidance guidance = assessments.guidance(p);
			Optional<AssessmentSummary> assessment = Optional.ofNullable(guidance.assessment());
			List<StepProgress> steps = StepProgress.of(p, guidance.plan(), assessment.isPresent());
			model.addAttribute("guidance", guidance);
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("participant", p);
			model.addAttribute("villageName", regions.nameOf(p.villageCode()));
			model.addAttribute("assessment", assessment.orElse(null));
			model.addAttribute("steps", steps);
			model.addAttribute("stepsAhead", StepProgress.ahead(steps));
			model.addAttribute("agency", reference.agency(p.fosteringAgency()).orElse(null));
			model.addAttribute("next", NextAction.of(p, assessment.isPresent(), steps));
			model.addAttribute("sizeClass", assessment.map(AssessmentSummary::sizeClass)
				.orElseGet(() -> SizeClass.ofBusiness(p.business().startedOn(), today, p.business().capital(),
						p.business().monthlySales())));
			model.addAttribute("sizeByCapital", SizeClass.isNew(p.business().startedOn(), today));
			model.addAttribute("panels", ParticipantPanel.collect(panels, p, ParticipantPanel.Audience.PARTICIPANT));
		}));
		return VIEW;
	}

}
