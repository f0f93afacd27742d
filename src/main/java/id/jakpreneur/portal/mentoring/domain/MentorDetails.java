package id.jakpreneur.portal.mentoring.domain;

import java.util.Set;

import id.jakpreneur.portal.assessment.Track;

/**
 * A mentor profile as an officer enters it.
 *
 * @param fullName the mentor's name
 * @param phone a phone number, normalised
 * @param kind PJLP, partner volunteer or expert
 * @param agencyCode the contracting agency of a PJLP (fostering agency code), else {@code null}
 * @param organisation the partner organisation's name (a volunteer's, optionally an expert's), else {@code null}
 * @param tracks expertise tracks, at least one
 * @param districtCodes covered kecamatan, at least one
 * @param languages languages they mentor in, at least one
 * @param capacityLimit the most mentees the officer allows
 * @param paused whether they take no new mentees for now
 */
public record MentorDetails(String fullName, String phone, MentorKind kind, String agencyCode, String organisation,
		Set<Track> tracks, Set<String> districtCodes, Set<MentorLanguage> languages, int capacityLimit, boolean paused) {

	public MentorDetails {
		tracks = Set.copyOf(tracks);
		districtCodes = Set.copyOf(districtCodes);
		languages = Set.copyOf(languages);
		fullName = fullName == null ? null : fullName.strip();
		organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
		agencyCode = kind == MentorKind.PJLP ? agencyCode : null;
	}

}
