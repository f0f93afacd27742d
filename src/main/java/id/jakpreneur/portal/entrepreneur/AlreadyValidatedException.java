package id.jakpreneur.portal.entrepreneur;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A validated registration cannot be returned: another officer validated it first. Shown as the 409 page. */
@ResponseStatus(HttpStatus.CONFLICT)
public class AlreadyValidatedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AlreadyValidatedException() {
		super("registration already validated");
	}

}
