package id.jakpreneur.portal.account.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One administrative action on an account: the actor, the action, the target account, the time and the reason
 * (decision 92). Written once, never changed. Never a secret: a reset link or an activation code is only sent.
 */
@Entity
class AccountAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private long actorId;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String reason;

	private Instant at;

	protected AccountAudit() {
	}

	AccountAudit(long accountId, long actorId, AuditAction action, String reason, Instant at) {
		this.accountId = accountId;
		this.actorId = actorId;
		this.action = action;
		this.reason = reason;
		this.at = at;
	}

}
