package id.jakpreneur.portal.assessment.domain;

import java.util.Locale;

/** Reference data is written in Bahasa Indonesia and English; every other language falls back to Indonesian. */
public final class Localised {

	private Localised() {
	}

	public static String pick(Locale locale, String indonesian, String english) {
		return locale != null && "en".equals(locale.getLanguage()) ? english : indonesian;
	}

}
