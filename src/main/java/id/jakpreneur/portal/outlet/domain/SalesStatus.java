package id.jakpreneur.portal.outlet.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking's sales report stands (decision 103): SUBMITTED by the participant, then CONFIRMED by an officer of
 * the outlet's area or RETURNED with a reason; a returned report is corrected and SUBMITTED again. CONFIRMED is final,
 * and only confirmed figures count: what is due, P5, the participant's monthly outlet sales and the dashboards. The
 * database's {@code outlet_application_sales_review_ck} holds the same facts.
 */
public enum SalesStatus {

	SUBMITTED, RETURNED, CONFIRMED;

	/** The statuses this one may move to. */
	public Set<SalesStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(CONFIRMED, RETURNED);
			case RETURNED -> EnumSet.of(SUBMITTED);
			case CONFIRMED -> EnumSet.noneOf(SalesStatus.class);
		};
	}

	public boolean canMoveTo(SalesStatus target) {
		return target != null && next().contains(target);
	}

}
