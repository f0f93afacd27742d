package id.jakpreneur.portal.licensing.domain;

import java.time.Instant;

/**
 * Every licence the participant's route requires is issued and verified: P4 Perizinan is completed. Published once
 * per participant, inside the transaction of the verification that completed the route.
 *
 * @param evidence the licences with their numbers, e.g. "NIB 9120301234567, PKP 12/2026, SPP-IRT 2093171010123-29"
 */
public record LicensingCompleted(long participantId, String evidence, Instant when) {
}
