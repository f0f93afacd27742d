package id.jakpreneur.portal.outlet.query;

import java.time.YearMonth;

/** Units and sales reported through outlet bookings whose period ended in one month. */
public record MonthlyOutletSales(YearMonth month, long units, long sales) {
}
