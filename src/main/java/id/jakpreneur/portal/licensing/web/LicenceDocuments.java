package id.jakpreneur.portal.licensing.web;

import java.util.List;
import java.util.Objects;

import id.jakpreneur.portal.licensing.LicenceLine;

/** The recorded licences of a route, whose documents a page lists (one query for all of them). */
final class LicenceDocuments {

	private LicenceDocuments() {
	}

	static List<Long> ids(List<LicenceLine> lines) {
		return lines.stream().map(LicenceLine::id).filter(Objects::nonNull).toList();
	}

}
