package id.jakpreneur.portal.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.jakpreneur.portal.dashboard.web.DashboardTable.Band;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;
import org.springframework.web.util.HtmlUtils;

/**
 * A dashboard table ready for the page: every cell formatted once, here, in the reader's language, with its CSS
 * class and its HTML (escaped text, or the band's icon and label), and a row's cells written here as one piece of
 * HTML, so that the template writes a row with two plain property reads instead of two expressions per cell (the
 * province page has about 1,200 cells; decision 60, decision 116). Public, like {@link DashboardTable}, so that the
 * template reads it directly.
 */
public record PageTable(String id, String title, List<Header> headers, List<Row> rows) {

	/** A column heading; {@code css}: right-aligned for columns of numbers, else null. */
	public record Header(String text, String css) {
	}

	/** A row: its first cell (shown as the row's heading) and the others as their {@code <td>} elements. */
	public record Row(String header, String cells) {
	}

	static PageTable of(DashboardTable table, Locale locale) {
		List<Header> headers = new ArrayList<>();
		for (int column = 0; column < table.headers().size(); column++) {
			headers.add(new Header(table.headers().get(column),
					column > 0 && table.numeric(column) ? "text-end" : null));
		}
		List<Row> rows = new ArrayList<>(table.rows().size());
		for (List<Object> values : table.rows()) {
			StringBuilder cells = new StringBuilder(40 * values.size());
			for (int column = 1; column < values.size(); column++) {
				cell(cells, values.get(column), locale);
			}
			rows.add(new Row(TableExports.display(values.get(0), locale), cells.toString()));
		}
		return new PageTable(table.id(), table.title(), headers, rows);
	}

	/** A cell as its {@code <td>}: right-aligned for numbers, the band with its icon, the text escaped. */
	private static void cell(StringBuilder out, Object value, Locale locale) {
		String text = HtmlUtils.htmlEscape(TableExports.display(value, locale), "UTF-8");
		if (value instanceof Band band) {
			String icon = switch (band.level()) {
				case "HIGH" -> "▲";
				case "MEDIUM" -> "●";
				default -> "▼";
			};
			out.append("<td><span class=\"band band-").append(band.level().toLowerCase(Locale.ROOT))
				.append("\"><span class=\"band-icon\" aria-hidden=\"true\">").append(icon).append("</span> <span>")
				.append(text).append("</span></span></td>");
			return;
		}
		boolean numeric = value instanceof Number || value instanceof Percent;
		out.append(numeric ? "<td class=\"text-end text-nowrap\">" : "<td>").append(text).append("</td>");
	}

}
