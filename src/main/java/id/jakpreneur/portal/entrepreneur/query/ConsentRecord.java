package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/** A consent as the participant sees it on /me/privacy. */
public record ConsentRecord(String noticeVersion, Instant givenAt, Instant withdrawnAt) {
}
