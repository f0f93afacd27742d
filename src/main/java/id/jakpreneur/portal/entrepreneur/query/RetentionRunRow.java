package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/** One nightly retention run: when, and what each module did (JSON text, e.g. {"documents deleted": 3}). */
public record RetentionRunRow(Instant startedAt, Instant finishedAt, String counts) {
}
