package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Objects;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.query.ParticipantViews;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see a participant: the participant themself, officers of the participant's area, administrators.
 * Anyone else gets "not found", so guessing ids reveals nothing. Mentors are granted access by their module's
 * own check.
 */
@Component
public class ParticipantAccess {

	private final ParticipantRepository participants;

	private final ParticipantViews views;

	ParticipantAccess(ParticipantRepository participants, ParticipantViews views) {
		this.participants = participants;
		this.views = views;
	}

	/** The participant with their channels and licences, if this person may see them; otherwise 404. */
	public Participant load(PortalUser viewer, long participantId) {
		return participants.findWithDetailsById(participantId)
			.filter(p -> maySee(viewer, p))
			.orElseThrow(NotFoundException::new);
	}

	/** The participant's read model ({@link ParticipantView}, one statement), if this person may see them; otherwise 404. */
	public ParticipantView view(PortalUser viewer, long participantId) {
		return views.byId(participantId)
			.filter(p -> maySee(viewer, p.accountId(), p.villageCode()))
			.orElseThrow(NotFoundException::new);
	}

	static boolean maySee(PortalUser viewer, Participant participant) {
		return maySee(viewer, participant.getAccountId(), participant.getVillageCode());
	}

	private static boolean maySee(PortalUser viewer, Long accountId, String villageCode) {
		return switch (viewer.role()) {
			case ENTREPRENEUR -> Objects.equals(accountId, viewer.accountId());
			case OFFICER, ADMIN -> viewer.covers(villageCode);
			case MENTOR, PARTNER, BUYER -> false;
		};
	}

}
