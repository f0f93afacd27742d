package id.jakpreneur.portal.assessment.domain;

import java.util.Locale;

import id.jakpreneur.portal.assessment.Phase;

/** A development phase as the programme describes it (table {@code development_phase}). */
public record PhaseDefinition(Phase phase, int position, String nameId, String nameEn, String descriptionId,
		String descriptionEn) {

	public String name(Locale locale) {
		return Localised.pick(locale, nameId, nameEn);
	}

	public String description(Locale locale) {
		return Localised.pick(locale, descriptionId, descriptionEn);
	}

}
