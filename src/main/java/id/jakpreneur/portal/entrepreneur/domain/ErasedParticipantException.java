package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An erased participant (decision 109) is anonymous programme facts: her profile, identity numbers and registration
 * status are not edited again, so no edit brings her identity back. Shown beside the profile, or as the 409 page.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ErasedParticipantException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public ErasedParticipantException() {
		super("officer.participant.erased", "the participant's data was erased");
	}

}
