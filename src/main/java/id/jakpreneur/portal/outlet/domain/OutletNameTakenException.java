package id.jakpreneur.portal.outlet.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** Another outlet already has this name (compared without case). */
public class OutletNameTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public OutletNameTakenException() {
		super("outlet.form.name.taken", "outlet name taken");
	}

}
