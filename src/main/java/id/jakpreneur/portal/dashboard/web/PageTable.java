package id.jakpreneur.portal.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.jakpreneur.portal.dashboard.web.DashboardTable.Band;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;
import org.springframework.web.util.HtmlUtils;

/**
 * A dashboard table ready for the page: every cell formatted once, here, in the reader's language, with its CSS
 * class and its HTML (escaped text, or the band's icon and label), so that the template writes each cell with two
 * plain property reads instead of calling formatting methods per cell (the province page has about 1,200 cells).
 * Public, like {@link DashboardTable}, so that the template reads it directly (decision 60).
 */
public record PageTable(String id, String title, List<Header> headers, List<Row> rows) {

	/** A column heading; {@code css}: right-aligned for columns of numbers, else null. */
	public record Header(String text, String css) {
	}

	/** A row: its first cell (shown as the row's heading) and the others. */
	public record Row(String header, List<Cell> cells) {
	}

	/** A cell: its CSS class (null for none) and its HTML, already escaped. */
	public record Cell(String css, String html) {
	}

	static PageTable of(DashboardTable table, Locale locale) {
		List<Header> headers = new ArrayList<>();
		for (int column = 0; column < table.headers().size(); column++) {
			headers.add(new Header(table.headers().get(column),
					column > 0 && table.numeric(column) ? "text-end" : null));
		}
		List<Row> rows = new ArrayList<>(table.rows().size());
		for (List<Object> values : table.rows()) {
			List<Cell> cells = new ArrayList<>(values.size());
			for (int column = 1; column < values.size(); column++) {
				cells.add(cell(values.get(column), locale));
			}
			rows.add(new Row(TableExports.display(values.get(0), locale), cells));
		}
		return new PageTable(table.id(), table.title(), headers, rows);
	}

	private static Cell cell(Object value, Locale locale) {
		String text = HtmlUtils.htmlEscape(TableExports.display(value, locale), "UTF-8");
		if (value instanceof Band band) {
			String icon = switch (band.level()) {
				case "HIGH" -> "▲";
				case "MEDIUM" -> "●";
				default -> "▼";
			};
			return new Cell(null, "<span class=\"band band-" + band.level().toLowerCase(Locale.ROOT)
					+ "\"><span class=\"band-icon\" aria-hidden=\"true\">" + icon + "</span> <span>" + text
					+ "</span></span>");
		}
		boolean numeric = value instanceof Number || value instanceof Percent;
		return new Cell(numeric ? "text-end text-nowrap" : null, text);
	}

}
