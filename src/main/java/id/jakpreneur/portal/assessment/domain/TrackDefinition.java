package id.jakpreneur.portal.assessment.domain;

import java.util.Locale;

import id.jakpreneur.portal.assessment.Track;

/**
 * A mentoring track as the programme describes it (table {@code mentoring_track}). An inactive track is no longer
 * offered for overrides, but old assessments keep it.
 */
public record TrackDefinition(Track track, int position, String nameId, String nameEn, String descriptionId,
		String descriptionEn, boolean active) {

	public String name(Locale locale) {
		return Localised.pick(locale, nameId, nameEn);
	}

	public String description(Locale locale) {
		return Localised.pick(locale, descriptionId, descriptionEn);
	}

}
