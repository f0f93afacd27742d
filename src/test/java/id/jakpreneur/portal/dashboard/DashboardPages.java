package id.jakpreneur.portal.dashboard;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a dashboard table off the page: the text of each body cell, row by row. */
final class DashboardPages {

	private DashboardPages() {
	}

	static List<List<String>> rows(Document page, String tableId) {
		Element table = page.getElementById("table-" + tableId);
		if (table == null) {
			throw new AssertionError("no table " + tableId);
		}
		return table.select("tbody tr")
			.stream()
			.filter(tr -> tr.select("td[colspan]").isEmpty())
			.map(tr -> tr.select("th, td").stream().map(Element::text).toList())
			.toList();
	}

	static List<String> headers(Document page, String tableId) {
		return page.getElementById("table-" + tableId).select("thead th").stream().map(Element::text).toList();
	}

}
