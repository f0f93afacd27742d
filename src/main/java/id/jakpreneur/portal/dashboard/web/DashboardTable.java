package id.jakpreneur.portal.dashboard.web;

import java.util.List;

/**
 * One table of a dashboard, as shown on the page and exported as CSV and XLSX: the same headers and the same
 * values, so the exports always equal the page. Values are text, whole numbers ({@link Long}), decimals
 * ({@link Double}), {@link Percent} or {@link Band}; null shows as a dash. {@code chart}: how to draw it, or null.
 */
public record DashboardTable(String id, String title, List<String> headers, List<List<Object>> rows, Chart chart) {

	/** A share, 0..1, shown as a percentage with one decimal. */
	public record Percent(double ratio) {
	}

	/** A progress band (HIGH, MEDIUM, LOW) with its label: shown in colour, with an icon and the label as text. */
	public record Band(String level, String label) {
	}

	/**
	 * A chart of some columns: {@code type} as Chart.js knows it (bar, line), the labels from {@code labelColumn},
	 * one dataset per column of {@code valueColumns}, whose values are {@code unit}: {@link #COUNT} (whole numbers:
	 * people, events; the axis never shows a fraction) or {@link #RUPIAH}.
	 */
	public record Chart(String type, int labelColumn, List<Integer> valueColumns, String unit) {

		public static final String COUNT = "count";

		public static final String RUPIAH = "rupiah";

	}

	public boolean numeric(int column) {
		return rows.stream().anyMatch(r -> r.get(column) instanceof Number || r.get(column) instanceof Percent);
	}

}
