package id.jakpreneur.portal.reporting.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.reporting.domain.ReportRefusedException;
import id.jakpreneur.portal.reporting.domain.ReportReviews;
import id.jakpreneur.portal.reporting.query.ReportQueries;
import id.jakpreneur.portal.reporting.query.ReviewLine;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's monthly reports for her current mentor ({@code /mentor/mentees/{id}/reports}) or an officer of her
 * area ({@code /officer/entrepreneurs/{id}/reports}): each report with its status, a late mark, the sales the
 * mentor verified for that month and a mark where they differ; a submitted one can be verified (a late one:
 * confirmed) or returned with a reason.
 */
@Controller
class ReportReviewController {

	static final String VIEW = "reporting/review";

	private static final String MENTOR = "/mentor/mentees/{participantId}/reports";

	private static final String OFFICER = "/officer/entrepreneurs/{participantId}/reports";

	private final ReportReviews reviews;

	private final ReportQueries queries;

	private final Documents documents;

	ReportReviewController(ReportReviews reviews, ReportQueries queries, Documents documents) {
		this.documents = documents;
		this.reviews = reviews;
		this.queries = queries;
	}

	@GetMapping({ MENTOR, OFFICER })
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long participantId,
			@PageableDefault(size = 12) Pageable page, Model model) {
		return view(user, participantId, page, model);
	}

	@PostMapping({ MENTOR + "/{reportId}/verify", OFFICER + "/{reportId}/verify" })
	String verify(@AuthenticationPrincipal PortalUser user, @PathVariable long participantId,
			@PathVariable long reportId, RedirectAttributes redirect) {
		try {
			reviews.verify(user, participantId, reportId);
			redirect.addFlashAttribute("flashSuccess", "programme.report.review.verified");
		}
		catch (ReportRefusedException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:" + base(user, participantId);
	}

	@PostMapping({ MENTOR + "/{reportId}/return", OFFICER + "/{reportId}/return" })
	String giveBack(@AuthenticationPrincipal PortalUser user, @PathVariable long participantId,
			@PathVariable long reportId, @RequestParam(name = "reason", required = false) String reason,
			Model model, RedirectAttributes redirect) {
		try {
			reviews.giveBack(user, participantId, reportId, reason);
		}
		catch (ReportRefusedException refused) {
			model.addAttribute("reasonError", refused.messageKey());
			model.addAttribute("reasonFor", reportId);
			return view(user, participantId, Pageable.ofSize(12), model);
		}
		redirect.addFlashAttribute("flashSuccess", "programme.report.review.returned");
		return "redirect:" + base(user, participantId);
	}

	private String view(PortalUser user, long participantId, Pageable page, Model model) {
		model.addAttribute("participant", reviews.reviewable(user, participantId));
		Page<ReviewLine> reports = queries.forReview(participantId, page);
		model.addAttribute("reports", reports);
		model.addAttribute("reportDocuments", documents.of(DocumentPurpose.FINANCIAL_REPORT,
				reports.stream().map(ReviewLine::id).toList()));
		model.addAttribute("base", base(user, participantId));
		model.addAttribute("back", user.role() == Role.MENTOR ? "/mentor/mentees/" + participantId
				: "/officer/entrepreneurs/" + participantId);
		return VIEW;
	}

	private static String base(PortalUser user, long participantId) {
		return (user.role() == Role.MENTOR ? "/mentor/mentees/" : "/officer/entrepreneurs/") + participantId
				+ "/reports";
	}

}
