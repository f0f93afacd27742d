package id.jakpreneur.portal.dashboard.query;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import id.jakpreneur.portal.dashboard.query.DashboardQueries.Summaries;

/**
 * The summaries' figures of each filter asked for since the last rebuild, kept until the next one (decision 128).
 * The summaries change only when {@link id.jakpreneur.portal.dashboard.domain.SummaryRefresh} rebuilds them, in one
 * transaction that also sets {@code dashboard_refresh.refreshed_at}; a dashboard reads that time first and finds
 * the figures kept under it, so a rebuild by this instance or by another on the same database is seen at the next
 * view. Without a rebuild yet, nothing is kept. At most {@link #MAX_FILTERS} filters are kept; when full, the store
 * starts again empty.
 */
final class KeptSummaries {

	static final int MAX_FILTERS = 200;

	private record Generation(Instant rebuiltAt, Map<DashboardFilter, Summaries> byFilter) {
	}

	private volatile Generation current = new Generation(Instant.EPOCH, new ConcurrentHashMap<>());

	/** The figures of this filter as of this rebuild: kept ones, or read now with {@code read} and kept. */
	Summaries get(DashboardFilter filter, Instant rebuiltAt, Supplier<Summaries> read) {
		if (rebuiltAt == null) {
			return read.get();
		}
		Generation generation = current;
		if (!generation.rebuiltAt().equals(rebuiltAt)) {
			generation = new Generation(rebuiltAt, new ConcurrentHashMap<>());
			current = generation;
		}
		Summaries summaries = generation.byFilter().get(filter);
		if (summaries == null) {
			summaries = read.get();
			if (generation.byFilter().size() >= MAX_FILTERS) {
				generation.byFilter().clear();
			}
			generation.byFilter().put(filter, summaries);
		}
		return summaries;
	}

}
