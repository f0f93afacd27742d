package id.jakpreneur.portal.timeline.web;

import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantPanel;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.licensing.ParticipantLicences;
import id.jakpreneur.portal.timeline.query.TimelineQueries;
import org.springframework.stereotype.Component;

/**
 * The participant's path on their overview pages: the latest timeline entries and the next licence of the licence
 * route, with the addresses of the whole timeline and of the licences for the one who looks.
 */
@Component
class JourneyPanel implements ParticipantPanel {

	/** The citizen's home is read on a phone: the two latest entries, the rest one tap away; officers see five. */
	static final int LATEST_FOR_PARTICIPANT = 2;

	static final int LATEST = 5;

	private final TimelineQueries timeline;

	private final ParticipantLicences licences;

	JourneyPanel(TimelineQueries timeline, ParticipantLicences licences) {
		this.timeline = timeline;
		this.licences = licences;
	}

	@Override
	public Optional<View> panelFor(ParticipantView participant, Audience audience) {
		String base = audience == Audience.PARTICIPANT ? "/me" : "/officer/entrepreneurs/" + participant.id();
		Journey journey = new Journey(participant.id(), timeline.latest(participant.id(),
				audience == Audience.PARTICIPANT ? LATEST_FOR_PARTICIPANT : LATEST),
				licences.next(participant).orElse(null), base + "/timeline", base + "/licences");
		return Optional.of(new View("timeline/journey-parts", "journey", journey));
	}

}
