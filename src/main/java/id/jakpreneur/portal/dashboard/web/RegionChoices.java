package id.jakpreneur.portal.dashboard.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard filter's kota, kecamatan and kelurahan choices as the {@code <option>} (and {@code <optgroup>})
 * elements of their selects, each region's markup escaped once at start-up: the regions are reference data, and
 * writing the 317 options through Thymeleaf's bound-field processor (one binding look-up per option) was the largest
 * part of the page after its tables (decision 116). The chosen value is marked {@code selected} as the processor did.
 */
@Component
class RegionChoices {

	/** The page's choices: HTML for the three selects. */
	record Html(String cities, String districts, String villages) {
	}

	private final RegionDirectory regions;

	private final Map<String, String> names;

	RegionChoices(RegionDirectory regions) {
		this.regions = regions;
		this.names = java.util.stream.Stream.of(regions.cities(), regions.districts(), regions.villages())
			.flatMap(List::stream)
			.collect(java.util.stream.Collectors.toUnmodifiableMap(RegionView::code, r -> escape(r.name())));
	}

	/** The choices within an area (empty: the province), the filter's current values marked. */
	Html of(Set<String> area, DashboardFilterForm form) {
		Predicate<RegionView> inArea = r -> area.isEmpty()
				|| area.stream().anyMatch(a -> r.code().equals(a) || r.code().startsWith(a + "."));
		StringBuilder cities = new StringBuilder(512);
		regions.cities().stream().filter(inArea).forEach(c -> option(cities, c, form.getCity(), null));
		StringBuilder districts = new StringBuilder(4_096);
		StringBuilder villages = new StringBuilder(24_576);
		for (RegionView district : regions.districts()) {
			if (!inArea.test(district)) {
				continue;
			}
			option(districts, district, form.getDistrict(), district.parentCode());
			String code = escape(district.code());
			villages.append("<optgroup label=\"").append(names.get(district.code())).append("\" data-parent=\"")
				.append(code).append("\">");
			for (RegionView village : regions.childrenOf(district.code())) {
				if (inArea.test(village)) {
					option(villages, village, form.getVillage(), district.code());
				}
			}
			villages.append("</optgroup>");
		}
		return new Html(cities.toString(), districts.toString(), villages.toString());
	}

	private void option(StringBuilder out, RegionView region, String selected, String parent) {
		out.append("<option value=\"").append(escape(region.code())).append('"');
		if (parent != null) {
			out.append(" data-parent=\"").append(escape(parent)).append('"');
		}
		if (region.code().equals(selected)) {
			out.append(" selected=\"selected\"");
		}
		out.append('>').append(names.get(region.code())).append("</option>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
