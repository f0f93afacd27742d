package id.jakpreneur.portal.timeline.web;

import java.util.List;

import id.jakpreneur.portal.licensing.LicenceLine;
import id.jakpreneur.portal.timeline.query.TimelineEntry;

/**
 * What a participant's overview page shows of their path: the latest timeline entries and the next licence of the
 * licence route, with the addresses of the whole timeline and of the licences.
 */
public record Journey(long participantId, List<TimelineEntry> latest, LicenceLine nextLicence, String timelineUrl,
		String licencesUrl) {

	public Journey {
		latest = List.copyOf(latest);
	}

}
