package id.jakpreneur.portal.catalogue.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.jakpreneur.portal.catalogue.query.ListingFilter;
import id.jakpreneur.portal.catalogue.query.Mark;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import id.jakpreneur.portal.shared.OptionsHtml;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Katalog search's sector, kecamatan and mark choices as {@code <option>} HTML, written once per language
 * (kecamatan names are the same in both) and marked with the filter's values per request (decision 116).
 */
@Component
class SearchChoices {

	/** The three selects' options for one search. */
	record Html(String sectors, String districts, String marks) {
	}

	private final OptionsHtml districts;

	private final Map<String, OptionsHtml> sectors = new ConcurrentHashMap<>();

	private final Map<String, OptionsHtml> marks = new ConcurrentHashMap<>();

	private final MessageSource messages;

	SearchChoices(RegionDirectory regions, MessageSource messages) {
		this.districts = OptionsHtml.of(regions.districts(), RegionView::code, RegionView::name); // sorted by name
		this.messages = messages;
	}

	Html of(ListingFilter filter, Locale locale) {
		String language = locale.getLanguage();
		OptionsHtml sectorOptions = sectors.computeIfAbsent(language, l -> OptionsHtml
			.of(Arrays.asList(Sector.values()), Sector::name, s -> messages.getMessage("sector." + s, null, locale)));
		OptionsHtml markOptions = marks.computeIfAbsent(language, l -> OptionsHtml.of(List.of(Mark.values()),
				Mark::name, m -> messages.getMessage("catalogue.mark." + m, null, locale)));
		return new Html(sectorOptions.html(filter.sector() == null ? null : filter.sector().name()),
				districts.html(filter.districtCode()),
				markOptions.html(filter.mark() == null ? null : filter.mark().name()));
	}

}
