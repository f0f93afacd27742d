package id.jakpreneur.portal.dashboard.web;

import java.util.Locale;

import id.jakpreneur.portal.dashboard.web.DashboardTable.Band;
import id.jakpreneur.portal.dashboard.web.DashboardTable.Percent;

/**
 * Formats dashboard cells for the page in the reader's language. Public, like {@link DashboardTable}, so that the
 * template's expressions call it directly: for a non-public type Spring looks for a public declaration of each method
 * on every call, which cost most of the page's time.
 */
public record CellText(Locale locale) {

	public String text(Object value) {
		return TableExports.display(value, locale);
	}

	public boolean numeric(Object value) {
		return value instanceof Number || value instanceof Percent;
	}

	public String band(Object value) {
		return value instanceof Band b ? b.level() : null;
	}

}
