package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** Another partner organisation already has this name (compared without case). */
public class PartnerNameTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public PartnerNameTakenException() {
		super("partner.name.taken", "partner name taken");
	}

}
