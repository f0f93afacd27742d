package id.jakpreneur.portal.mentoring.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.BulkPlanner;
import id.jakpreneur.portal.mentoring.domain.BulkResult;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk assignment: the officer ticks participants in the queue, sees a preview with a proposed mentor for each (and
 * alternatives, or "skip"), and confirms. Each pair is then assigned on its own, so one mentor filling up meanwhile
 * stops only the pairs beyond their capacity; the queue says how many were assigned and why the others were not.
 */
@Controller
@RequestMapping("/officer/assignments/bulk")
class BulkAssignmentController {

	static final String PREVIEW_VIEW = "mentoring/bulk-preview";

	/** At most this many participants per batch: one preview page, one confirmation. */
	static final int MAX_BATCH = 50;

	private final AssignmentQueries suggestions;

	private final Assignments assignments;

	BulkAssignmentController(AssignmentQueries suggestions, Assignments assignments) {
		this.suggestions = suggestions;
		this.assignments = assignments;
	}

	@GetMapping
	String preview(@AuthenticationPrincipal PortalUser officer,
			@RequestParam(name = "participant", required = false) List<Long> participantIds, Model model,
			RedirectAttributes redirect) {
		if (participantIds == null || participantIds.isEmpty()) {
			redirect.addFlashAttribute("flashError", "mentoring.bulk.noneChosen");
			return "redirect:/officer/assignments";
		}
		List<BulkPlanner.Proposal> proposals = suggestions.preview(officer,
				participantIds.stream().distinct().limit(MAX_BATCH).toList());
		model.addAttribute("proposals", proposals);
		model.addAttribute("names", suggestions.names(proposals.stream().map(p -> p.needs().participantId()).toList()));
		return PREVIEW_VIEW;
	}

	/** Confirms the pairs chosen on the preview; each value is "participantId:mentorId" or "participantId:skip". */
	@PostMapping
	String confirm(@AuthenticationPrincipal PortalUser officer,
			@RequestParam(name = "assign", required = false) List<String> pairs, RedirectAttributes redirect) {
		Map<Long, Long> chosen = new LinkedHashMap<>();
		for (String pair : pairs == null ? List.<String>of() : pairs) {
			String[] parts = pair.split(":");
			if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")
					&& chosen.size() < MAX_BATCH) {
				chosen.putIfAbsent(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			}
		}
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("flashError", "mentoring.bulk.noneChosen");
			return "redirect:/officer/assignments";
		}
		BulkResult result = assignments.assignAll(officer, chosen);
		redirect.addFlashAttribute("bulkResult", result);
		return "redirect:/officer/assignments";
	}

}
