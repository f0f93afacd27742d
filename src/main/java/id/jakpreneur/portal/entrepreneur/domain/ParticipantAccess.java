package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Objects;

import id.jakpreneur.portal.account.PortalUser;
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

	ParticipantAccess(ParticipantRepository participants) {
		this.participants = participants;
	}

	/** The participant with their channels and licences, if this person may see them; otherwise 404. */
	public Participant load(PortalUser viewer, long participantId) {
		return participants.findWithDetailsById(participantId)
			.filter(p -> maySee(viewer, p))
			.orElseThrow(NotFoundException::new);
	}

	static boolean maySee(PortalUser viewer, Participant participant) {
		return switch (viewer.role()) {
			case ENTREPRENEUR -> Objects.equals(participant.getAccountId(), viewer.accountId());
			case OFFICER, ADMIN -> viewer.covers(participant.getVillageCode());
			case MENTOR, PARTNER, BUYER -> false;
		};
	}

}
