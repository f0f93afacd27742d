package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * A capital decision or disbursement the rules do not allow (an approval without amount, tenor or product, more
 * approved than asked, a disbursement above the approval or dated before the decision or in the future). Names the
 * field of the status form the message belongs to.
 */
public class CapitalDecisionRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public CapitalDecisionRefusedException(String field, String messageKey) {
		super(messageKey, field + ": " + messageKey);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
