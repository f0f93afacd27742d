package id.jakpreneur.portal.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.jakpreneur.portal.dashboard.web.DashboardTable.Band;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;
import org.springframework.web.util.HtmlUtils;

/**
 * A dashboard table ready for the page: every cell formatted once, here, in the reader's language, with its CSS
 * class and its HTML (escaped text, or the band's icon and label), and the whole body, every {@code <tr>}, written
 * here as one piece of HTML, so that the template writes a table's rows with one plain property read (the province
 * page has about 300 rows and 1,200 cells; iterating them in the template was two-thirds of the page's JVM time,
 * decisions 60, 116 and 128). Public, like {@link DashboardTable}, so that the template reads it directly.
 */
public record PageTable(String id, String title, List<Header> headers, int rowCount, String body) {

	/** A column heading; {@code css}: right-aligned for columns of numbers, else null. */
	public record Header(String text, String css) {
	}

	static PageTable of(DashboardTable table, Locale locale) {
		List<Header> headers = new ArrayList<>();
		for (int column = 0; column < table.headers().size(); column++) {
			headers.add(new Header(table.headers().get(column),
					column > 0 && table.numeric(column) ? "text-end" : null));
		}
		StringBuilder body = new StringBuilder(64 * table.rows().size() * Math.max(1, table.headers().size()));
		for (List<Object> values : table.rows()) {
			// the first cell is the row's heading
			body.append("<tr><th scope=\"row\" class=\"fw-normal\">")
				.append(HtmlUtils.htmlEscape(TableExports.display(values.get(0), locale), "UTF-8"))
				.append("</th>");
			for (int column = 1; column < values.size(); column++) {
				cell(body, values.get(column), locale);
			}
			body.append("</tr>\n");
		}
		return new PageTable(table.id(), table.title(), headers, table.rows().size(), body.toString());
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
