package id.jakpreneur.portal.dashboard.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * e-Order on one dashboard (decision 124), as of the last refresh: settled orders and their revenue in total, by month
 * of receipt ({@code yyyy-MM}), by kota, by sector and by buying organisation (the {@link EOrderQueries#TOP_BUYERS}
 * largest, the rest in {@code otherBuyers}); and the participants of the selection who have sold through e-Order,
 * in total and by kota; and when the summaries were last rebuilt (empty before the first refresh).
 */
public record EOrderFigures(Line total, List<Line> byMonth, List<Line> byCity, List<Line> bySector,
		List<Line> byBuyer, Line otherBuyers, long buyers, long sellers, Map<String, Long> sellersByCity,
		Optional<Instant> refreshedAt) {

	/**
	 * Orders and revenue of one month, kota, sector or organisation ({@code key}); {@code name} and {@code kind}: the
	 * organisation's name and kind (AGENCY, BUMD, SCHOOL), null for the others.
	 */
	public record Line(String key, String name, String kind, long orders, long revenue) {

		static Line none(String key) {
			return new Line(key, null, null, 0, 0);
		}

	}

}
