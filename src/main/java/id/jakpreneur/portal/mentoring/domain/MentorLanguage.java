package id.jakpreneur.portal.mentoring.domain;

/**
 * Languages a mentor can mentor in. Bahasa Indonesia is the default; the others matter for some participants: the
 * regional languages of Jakarta's migrants, Mandarin and Arabic in some trading communities, and BISINDO (Indonesian
 * sign language) for deaf entrepreneurs, one of the programme's target groups.
 */
public enum MentorLanguage {

	INDONESIAN, ENGLISH, JAVANESE, SUNDANESE, BETAWI, MANDARIN, ARABIC, SIGN_LANGUAGE

}
