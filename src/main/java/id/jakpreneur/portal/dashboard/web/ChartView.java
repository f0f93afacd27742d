package id.jakpreneur.portal.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table's chart as the page draws it (dashboard-charts.js reads {@code json}): labels from one column, one dataset
 * per value column, the unit of the values. A bar chart draws at most {@value #MOST_BARS} rows (the first ones, as
 * the table sorts them), each with its label; the page says when the table beside it has more.
 *
 * @param shown rows drawn
 * @param rows rows of the table
 */
public record ChartView(String json, int shown, int rows) {

	/** Bars a chart draws with a readable label each, on a phone too. */
	static final int MOST_BARS = 15;

	public boolean partial() {
		return shown < rows;
	}

	/** The chart of a table, or null when it would draw nothing (no rows, or every value zero): the page says so. */
	static ChartView of(DashboardTable table, JsonMapper json) {
		DashboardTable.Chart chart = table.chart();
		List<List<Object>> rows = chart.type().equals("bar") && table.rows().size() > MOST_BARS
				? table.rows().subList(0, MOST_BARS) : table.rows();
		List<Object> labels = new ArrayList<>();
		List<Map<String, Object>> datasets = new ArrayList<>();
		boolean anything = false;
		for (List<Object> row : rows) {
			labels.add(String.valueOf(row.get(chart.labelColumn())));
		}
		for (int column : chart.valueColumns()) {
			List<Object> values = new ArrayList<>();
			for (List<Object> row : rows) {
				Object value = row.get(column);
				Object number = value instanceof Percent p ? TableExports.percent(p) : value;
				anything |= number instanceof Number n && n.doubleValue() != 0;
				values.add(number);
			}
			datasets.add(Map.of("label", table.headers().get(column), "data", values));
		}
		if (!anything) {
			return null;
		}
		return new ChartView(json.writeValueAsString(Map.of("type", chart.type(), "unit", chart.unit(), "labels", labels,
				"datasets", datasets)), rows.size(), table.rows().size());
	}

}
