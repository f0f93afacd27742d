package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/** A consent as the participant's data download shows it: purpose, referral (partner sharing), text version, times. */
public record ConsentRecord(String purpose, Long referenceId, String noticeVersion, Instant givenAt,
		Instant withdrawnAt) {
}
