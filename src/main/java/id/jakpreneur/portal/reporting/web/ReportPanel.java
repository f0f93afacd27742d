package id.jakpreneur.portal.reporting.web;

import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantPanel;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.reporting.query.ReportQueries;
import id.jakpreneur.portal.reporting.query.ReviewCounts;
import org.springframework.stereotype.Component;

/**
 * The participant's monthly reports on the overview pages: for an officer, how many wait for a review, with the way to
 * the review page; for the participant, the reports returned to her, with the way to correct them. Nothing to show,
 * no panel.
 */
@Component
class ReportPanel implements ParticipantPanel {

	private final ReportQueries queries;

	ReportPanel(ReportQueries queries) {
		this.queries = queries;
	}

	@Override
	public Optional<View> panelFor(ParticipantView participant, Audience audience) {
		String url = audience == Audience.PARTICIPANT ? "/me/reports"
				: "/officer/entrepreneurs/" + participant.id() + "/reports";
		ReviewCounts counts = queries.counts(participant.id(), url);
		boolean show = audience == Audience.OFFICER ? counts.waiting() + counts.returned() > 0 : counts.returned() > 0;
		return show ? Optional.of(new View("reporting/panel", "reports", counts)) : Optional.empty();
	}

}
