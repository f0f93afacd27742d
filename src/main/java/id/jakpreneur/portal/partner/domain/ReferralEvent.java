package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.ReferralStatus;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One status of a referral's history: which, with what note (a rejection's reason), by whom, when, and whether the
 * participant may read the note (always for a rejection's reason). Never changed afterwards.
 */
@Entity
@Table(name = "partner_referral_event")
public class ReferralEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long referralId;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status;

	private String reason;

	private long changedBy;

	private boolean shownToParticipant;

	private Instant changedAt;

	protected ReferralEvent() {
	}

	public ReferralEvent(long referralId, ReferralStatus status, String reason, long changedBy, Instant changedAt) {
		this(referralId, status, reason, status == ReferralStatus.REJECTED, changedBy, changedAt);
	}

	public ReferralEvent(long referralId, ReferralStatus status, String note, boolean shownToParticipant, long changedBy,
			Instant changedAt) {
		this.referralId = referralId;
		this.status = status;
		this.reason = note == null || note.isBlank() ? null : note.strip();
		this.shownToParticipant = status == ReferralStatus.REJECTED || shownToParticipant && this.reason != null;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public boolean isShownToParticipant() {
		return shownToParticipant;
	}

}
