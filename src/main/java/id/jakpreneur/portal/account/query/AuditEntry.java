package id.jakpreneur.portal.account.query;

import java.time.Instant;

import id.jakpreneur.portal.account.domain.AuditAction;

/** One administrative action on an account: who (name), what, when and why (may be null). */
public record AuditEntry(long id, String actorName, AuditAction action, String reason, Instant at) {
}
