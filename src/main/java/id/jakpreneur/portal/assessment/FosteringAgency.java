package id.jakpreneur.portal.assessment;

import java.util.Locale;

import id.jakpreneur.portal.assessment.domain.Localised;

/** An agency (SKPD pembina) that fosters participants (table {@code fostering_agency}). */
public record FosteringAgency(String code, String nameId, String nameEn) {

	public String name(Locale locale) {
		return Localised.pick(locale, nameId, nameEn);
	}

}
