package id.jakpreneur.portal.timeline.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.timeline.query.TimelineQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A participant's timeline, page by page: their own under /me, and for officers of their area. */
@Controller
class TimelineController {

	static final String VIEW = "timeline/timeline";

	private final ParticipantRecords records;

	private final TimelineQueries timeline;

	TimelineController(ParticipantRecords records, TimelineQueries timeline) {
		this.records = records;
		this.timeline = timeline;
	}

	@GetMapping("/me/timeline")
	String mine(@CurrentParticipant ParticipantView me, @PageableDefault(size = 20) Pageable page, Model model) {
		model.addAttribute("participant", me);
		model.addAttribute("entries", timeline.page(me.id(), bounded(page)));
		model.addAttribute("baseUrl", "/me/timeline");
		model.addAttribute("backUrl", "/me");
		return VIEW;
	}

	@GetMapping("/officer/entrepreneurs/{participantId}/timeline")
	String forOfficer(@AuthenticationPrincipal PortalUser officer, @PathVariable long participantId,
			@PageableDefault(size = 20) Pageable page, Model model) {
		model.addAttribute("participant", records.get(officer, participantId));
		model.addAttribute("entries", timeline.page(officer, participantId, bounded(page)));
		model.addAttribute("baseUrl", "/officer/entrepreneurs/" + participantId + "/timeline");
		model.addAttribute("backUrl", "/officer/entrepreneurs/" + participantId);
		return VIEW;
	}

	/** At most 50 entries a page, whatever the address asks. */
	private static Pageable bounded(Pageable page) {
		return page.getPageSize() > 50 ? PageRequest.of(page.getPageNumber(), 50) : page;
	}

}
