package id.jakpreneur.portal.outlet.query;

import java.util.List;

import id.jakpreneur.portal.outlet.domain.Eligibility;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletKind;
import id.jakpreneur.portal.outlet.domain.OutletRules;

/**
 * A call as a participant sees it on {@code /me/outlets}: the outlet and its terms, whether they qualify (and if not,
 * why), the products they may apply with, and their own application if they made one.
 */
public record OpenCall(CallView call, long outletId, String outletName, OutletKind kind, String villageCode,
		String operatorName, String openingHours, OutletRules rules, Eligibility.Result eligibility,
		List<ProductChoice> products, MyBooking mine) {

	/** A product to apply with. */
	public record ProductChoice(long id, String name, Grade grade) {
	}

}
