package id.jakpreneur.portal.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.jakpreneur.portal.dashboard.query.Totals;
import org.junit.jupiter.api.Test;

/**
 * The funnel's "went on from the step before" counts participants who reached both steps: steps recognised out of
 * order (two businesses recognised for P3 without training, one trained) never make it pass 100 %.
 */
class FunnelConversionTests {

	@Test
	void conversionCountsThoseWhoReachedBothStepsAndNeverPassesAHundredPercent() {
		// P1 reached by 3; P2 by 1 (who also reached P1); P3 by 2 others, who skipped P2
		Totals total = new Totals(3, 0, 0, new long[7], new long[] { 3, 1, 2, 0, 0, 0, 0 },
				new long[] { 0, 1, 0, 0, 0, 0, 0 }, new long[6]);
		assertThat(DashboardTables.conversion(total, 0)).isNull();
		assertThat(DashboardTables.conversion(total, 1).ratio()).isEqualTo(1.0 / 3);
		assertThat(DashboardTables.conversion(total, 2).ratio()).isZero(); // not 2 / 1 = 200 %
		assertThat(DashboardTables.conversion(total, 3).ratio()).isZero();
		assertThat(DashboardTables.conversion(total, 4)).isNull(); // nobody reached P4
	}

}
