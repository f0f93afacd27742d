package id.jakpreneur.portal.assessment.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.domain.BulkJobRunningException;
import id.jakpreneur.portal.assessment.domain.BulkReassessment;
import id.jakpreneur.portal.assessment.query.BulkJobQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator re-assesses every business after a policy change: the page shows the policy version and the
 * recent jobs, the button starts a background job (or resumes one whose instance died), and the job's page shows its
 * progress and history on each reload.
 */
@Controller
@RequestMapping("/admin/assessments/bulk")
class BulkReassessmentController {

	static final String VIEW = "assessment/bulk";

	static final String JOB_VIEW = "assessment/bulk-job";

	private final BulkReassessment bulk;

	private final BulkJobQueries jobs;

	BulkReassessmentController(BulkReassessment bulk, BulkJobQueries jobs) {
		this.bulk = bulk;
		this.jobs = jobs;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("policyVersion", bulk.policyVersion());
		model.addAttribute("running", jobs.running().orElse(null));
		model.addAttribute("jobs", jobs.recent());
		return VIEW;
	}

	@PostMapping
	String start(@AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		try {
			long id = bulk.start(admin);
			redirect.addFlashAttribute("flashSuccess", "assessment.bulk.started");
			return "redirect:/admin/assessments/bulk/" + id;
		}
		catch (BulkJobRunningException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/admin/assessments/bulk/" + ex.runningJobId();
		}
	}

	@GetMapping("/{jobId}")
	String job(@PathVariable long jobId, Model model) {
		model.addAttribute("job", jobs.job(jobId).orElseThrow(NotFoundException::new));
		model.addAttribute("events", jobs.events(jobId));
		model.addAttribute("policyVersion", bulk.policyVersion());
		return JOB_VIEW;
	}

}
