package id.jakpreneur.portal.mentoring.query;

import java.time.LocalDate;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * A mentee as their own mentor sees them: what a visit needs (phone, address, kelurahan), the business, and where
 * the participant stands. No NIK or KK: a mentor has no need for them.
 */
public record MenteeDetail(long participantId, String fullName, String phone, String address, String villageCode,
		String businessName, Sector sector, String products, long declaredMonthlySales, Phase phase, Track track,
		LocalDate assignedOn) {
}
