package id.jakpreneur.portal.dashboard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import id.jakpreneur.portal.dashboard.query.DashboardData;
import id.jakpreneur.portal.dashboard.query.EOrderFigures;
import id.jakpreneur.portal.dashboard.query.EOrderQueries;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Chart;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's e-Order tables (decision 124), drawn like the others so that the page and the CSV and XLSX exports
 * agree: the summary, revenue by month, by kota with the share of participants selling through e-Order, by sector
 * and by buying organisation, from the figures {@link EOrderQueries} read with the dashboard's; the participants of
 * each kota are those the funnel already counted.
 */
@Component
class EOrderTables {

	static final List<String> IDS = List.of("eorder-summary", "eorder-month", "eorder-area", "eorder-sector",
			"eorder-buyer");

	private final MessageSource messages;

	private final RegionDirectory regions;

	EOrderTables(MessageSource messages, RegionDirectory regions) {
		this.messages = messages;
		this.regions = regions;
	}

	List<DashboardTable> all(DashboardData data, Locale locale) {
		EOrderFigures figures = data.eorder();
		return List.of(summary(figures, data, locale), byMonth(figures, locale), byArea(figures, data, locale),
				bySector(figures, locale), byBuyer(figures, locale));
	}

	private DashboardTable summary(EOrderFigures f, DashboardData data, Locale locale) {
		long participants = data.total().participants();
		List<List<Object>> rows = List.of(row(text(locale, "dashboard.eorder.revenue"), f.total().revenue()),
				row(text(locale, "dashboard.eorder.orders"), f.total().orders()),
				row(text(locale, "dashboard.eorder.buyers"), f.buyers()),
				row(text(locale, "dashboard.eorder.sellers"), f.sellers()),
				row(text(locale, "dashboard.eorder.share"), share(f.sellers(), participants)));
		return new DashboardTable("eorder-summary", text(locale, "dashboard.eorder.summary.title"),
				headers(locale, "dashboard.col.measure", "dashboard.col.value"), rows, null);
	}

	private DashboardTable byMonth(EOrderFigures f, Locale locale) {
		List<List<Object>> rows = f.byMonth().stream().map(m -> row(m.key(), m.orders(), m.revenue())).toList();
		return new DashboardTable("eorder-month", text(locale, "dashboard.eorder.month.title"),
				headers(locale, "dashboard.col.month", "dashboard.eorder.col.orders", "dashboard.eorder.col.revenue"),
				rows, new Chart("line", 0, List.of(2), Chart.RUPIAH));
	}

	/**
	 * Every kota with participants in the selection or e-Order revenue: its revenue, and how many of its participants
	 * (as the funnel counts them) have sold through e-Order; the whole selection is in the summary.
	 */
	private DashboardTable byArea(EOrderFigures f, DashboardData data, Locale locale) {
		Map<String, Long> participants = new TreeMap<>();
		data.byDistrict().forEach((district, totals) -> participants.merge(district.substring(0, 5),
				totals.participants(), Long::sum));
		Map<String, EOrderFigures.Line> revenue = new TreeMap<>();
		f.byCity().forEach(line -> revenue.put(line.key(), line));
		java.util.Set<String> cities = new java.util.TreeSet<>(participants.keySet());
		cities.addAll(revenue.keySet());
		List<List<Object>> rows = new ArrayList<>();
		for (String city : cities) {
			EOrderFigures.Line line = revenue.get(city);
			long sellers = f.sellersByCity().getOrDefault(city, 0L);
			long people = participants.getOrDefault(city, 0L);
			rows.add(row(regions.nameOf(city), line == null ? 0L : line.orders(), line == null ? 0L : line.revenue(),
					sellers, people, share(sellers, people)));
		}
		return new DashboardTable("eorder-area", text(locale, "dashboard.eorder.area.title"),
				headers(locale, "dashboard.col.city", "dashboard.eorder.col.orders", "dashboard.eorder.col.revenue",
						"dashboard.eorder.col.sellers", "dashboard.col.participants", "dashboard.eorder.col.sellerShare"),
				rows, new Chart("bar", 0, List.of(2), Chart.RUPIAH));
	}

	private DashboardTable bySector(EOrderFigures f, Locale locale) {
		List<List<Object>> rows = f.bySector()
			.stream()
			.map(s -> row(text(locale, "sector." + s.key()), s.orders(), s.revenue(),
					share(s.revenue(), f.total().revenue())))
			.toList();
		return new DashboardTable("eorder-sector", text(locale, "dashboard.eorder.sector.title"),
				headers(locale, "dashboard.filter.sector", "dashboard.eorder.col.orders", "dashboard.eorder.col.revenue",
						"dashboard.eorder.col.revenueShare"),
				rows, new Chart("bar", 0, List.of(2), Chart.RUPIAH));
	}

	/** The largest buying organisations, then the others in one line when there are more. */
	private DashboardTable byBuyer(EOrderFigures f, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (EOrderFigures.Line b : f.byBuyer()) {
			rows.add(row(b.name(), text(locale, "dashboard.eorder.kind." + b.kind()), b.orders(), b.revenue()));
		}
		if (f.buyers() > f.byBuyer().size()) {
			rows.add(row(text(locale, "dashboard.eorder.otherBuyers", f.buyers() - f.byBuyer().size()), null,
					f.otherBuyers().orders(), f.otherBuyers().revenue()));
		}
		return new DashboardTable("eorder-buyer", text(locale, "dashboard.eorder.buyer.title", EOrderQueries.TOP_BUYERS),
				headers(locale, "dashboard.eorder.col.organisation", "dashboard.eorder.col.kind",
						"dashboard.eorder.col.orders", "dashboard.eorder.col.revenue"),
				rows, null);
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> text(locale, key)).toList();
	}

	private static Percent share(long part, long whole) {
		return new Percent(whole == 0 ? 0 : (double) part / whole);
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

}
