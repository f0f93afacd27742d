package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/** One entry of a profile's history as shown on the page. */
public record ProfileChange(Instant changedAt, String changedBy, String field, String oldValue, String newValue) {

	/** What the field {@code licences.<type>} holds: one licence of the register copied into the profile. */
	private static final String LICENCE = "licences.";

	/** The licence type of a change of one licence (field {@code licences.HALAL}: HALAL), else null. */
	public String licence() {
		return field.startsWith(LICENCE) ? field.substring(LICENCE.length()) : null;
	}

}
