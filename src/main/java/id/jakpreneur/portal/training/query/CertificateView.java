package id.jakpreneur.portal.training.query;

import java.time.Instant;

/** What a printed certificate says. */
public record CertificateView(String number, String participantName, String businessName, ClassSummary summary,
		int sessionsAttended, Instant issuedAt) {
}
