package id.jakpreneur.portal.assessment.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.Track;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mentor-assignment queue of the officer's area: participants whose latest assessment needs mentoring, by
 * track, longest waiting first. The mentoring module assigns mentors from here.
 */
@Controller
class AssessmentQueueController {

	static final String VIEW = "assessment/queue";

	private final Assessments assessments;

	private final AssessmentReference reference;

	AssessmentQueueController(Assessments assessments, AssessmentReference reference) {
		this.assessments = assessments;
		this.reference = reference;
	}

	@GetMapping("/officer/assessments/queue")
	String queue(@AuthenticationPrincipal PortalUser officer, @RequestParam(required = false) Track track,
			@PageableDefault(size = 25) Pageable page, Model model) {
		model.addAttribute("waiting", assessments.waitingForMentor(officer, track, page));
		model.addAttribute("track", track);
		model.addAttribute("tracks", reference.tracks());
		return VIEW;
	}

}
