package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A registration claim is resolved once, typically already by another officer of the secretariat. The 409 page. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ClaimResolvedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public ClaimResolvedException() {
		super("error.409.body", "registration claim already resolved");
	}

}
