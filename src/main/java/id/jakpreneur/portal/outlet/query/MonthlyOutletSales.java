package id.jakpreneur.portal.outlet.query;

import java.time.YearMonth;

/**
 * Sales of one month through one of DKI's channels: units and sales confirmed through outlet bookings whose period
 * ended in that month, or the settled e-Orders received in it ({@code units} null: an order's lines are of many kinds).
 */
public record MonthlyOutletSales(YearMonth month, Source source, Long units, long sales) {

	/** Where the sales were made. */
	public enum Source {

		/** Outlet bookings, confirmed by the outlet's officer. */
		OUTLET,

		/** e-Orders, receipt confirmed by the buyer and payment recorded. */
		EORDER

	}

}
