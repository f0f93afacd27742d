package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** A decision the deletion request does not allow (already decided, a refusal without reason, a hold on erasure). */
public class DeletionRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public DeletionRefusedException(String messageKey) {
		super(messageKey);
	}

}
