package id.jakpreneur.portal.mentoring.web;

import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import org.springframework.stereotype.Component;

/** The officer's mentoring work: participants waiting for a mentor and requests for another mentor, in their area. */
@Component
class AssignmentInbox implements WorkInbox {

	private final AssignmentQueries assignments;

	AssignmentInbox(AssignmentQueries assignments) {
		this.assignments = assignments;
	}

	@Override
	public List<Tray> traysFor(PortalUser user) {
		if (!WorkInbox.worksOfficerQueues(user)) {
			return List.of();
		}
		AssignmentQueries.Waiting waiting = assignments.countWaiting(user);
		return List.of(new Tray(60, "inbox.mentees.waiting", waiting.mentees(), AssignmentController.QUEUE_PATH),
				new Tray(61, "inbox.mentors.changeRequests", waiting.changeRequests(), AssignmentController.QUEUE_PATH + "#requests-title"));
	}

}
