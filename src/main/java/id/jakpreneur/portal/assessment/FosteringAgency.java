package id.jakpreneur.portal.assessment;

import java.util.Locale;

/** An agency (SKPD pembina) that fosters participants (table {@code fostering_agency}). */
public record FosteringAgency(String code, String nameId, String nameEn) {

	public String name(Locale locale) {
		return Localised.pick(locale, nameId, nameEn);
	}

}
