package id.jakpreneur.portal.catalogue.web;

import id.jakpreneur.portal.shared.NotFoundException;

/** The product id at the start of a public path segment ("12-keripik-tempe" or "12"); anything else is not found. */
final class PathIds {

	private static final java.util.regex.Pattern LEADING_ID = java.util.regex.Pattern.compile("^([1-9][0-9]{0,17})(-.*)?$");

	private PathIds() {
	}

	static long productId(String segment) {
		java.util.regex.Matcher m = LEADING_ID.matcher(segment == null ? "" : segment);
		if (!m.matches()) {
			throw new NotFoundException();
		}
		return Long.parseLong(m.group(1));
	}

}
