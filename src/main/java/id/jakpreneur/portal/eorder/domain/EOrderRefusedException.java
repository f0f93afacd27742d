package id.jakpreneur.portal.eorder.domain;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * A rule of e-Order refuses what was asked: a step the order's state does not allow or that belongs to the other
 * side, a quantity under the minimum order, a delivery date in the past, a taken organisation name. The key names
 * the text shown to the person ({@code eorder.refused.*}).
 */
public class EOrderRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public EOrderRefusedException(String messageKey) {
		super(messageKey);
	}

	EOrderRefusedException(String messageKey, String detail) {
		super(messageKey, detail);
	}

}
