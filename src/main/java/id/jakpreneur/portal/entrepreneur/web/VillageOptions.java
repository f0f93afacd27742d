package id.jakpreneur.portal.entrepreneur.web;

import java.util.List;

import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import id.jakpreneur.portal.shared.OptionsHtml;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The officer search's kelurahan choices, grouped by kecamatan, as the {@code <optgroup>} and {@code <option>}
 * elements of its select: the regions are reference data, so each option's HTML is written once at start-up and a
 * search only marks the chosen one, instead of evaluating three expressions for each of the 267 options on every
 * search (decision 116).
 */
@Component
class VillageOptions {

	/** A kecamatan's opening tag and its kelurahan. */
	private record Group(String start, OptionsHtml options) {
	}

	private final List<Group> groups;

	VillageOptions(RegionDirectory regions) {
		this.groups = regions.districts()
			.stream()
			.map(d -> new Group("<optgroup label=\"" + escape(d.name()) + "\">",
					OptionsHtml.of(regions.childrenOf(d.code()), RegionView::code, RegionView::name)))
			.toList();
	}

	/** The groups and options, the kelurahan {@code selected} (may be null) marked as chosen. */
	String html(String selected) {
		StringBuilder out = new StringBuilder(16_384);
		for (Group group : groups) {
			group.options().appendTo(out.append(group.start()), selected).append("</optgroup>");
		}
		return out.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
