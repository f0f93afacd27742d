package id.jakpreneur.portal.mentoring.web;

import id.jakpreneur.portal.assessment.Track;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mentor-assignment queue's former address, kept because it is linked and bookmarked: there is one queue, this
 * module's keyset-paged {@code /officer/assignments}, and the old address sends there with its track filter.
 */
@Controller
class QueueRedirectController {

	@GetMapping("/officer/assessments/queue")
	String queue(@RequestParam(required = false) Track track) {
		return track == null ? "redirect:" + AssignmentController.QUEUE_PATH
				: "redirect:" + AssignmentController.QUEUE_PATH + "?track=" + track.name();
	}

}
