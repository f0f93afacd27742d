package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.shared.RefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A validated registration is final: it cannot be returned, typically because another officer validated it first.
 * Shown as the 409 page.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class AlreadyValidatedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public AlreadyValidatedException(RegistrationStatus from, RegistrationStatus to) {
		super("error.409.body", "registration cannot move from " + from + " to " + to);
	}

}
