package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.ReferralStatus;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A participant referred to a partner's offer, and where that referral stands. A capital application is a referral
 * to a CAPITAL offer made by the participant, with the {@link CapitalRequest} (amount and purpose) inside the
 * aggregate; its pipeline is SENT → ACCEPTED → APPROVED → COMPLETED (disbursed), or REJECTED before disbursement.
 * Every move goes through {@link #moveTo}, which refuses what {@link ReferralStatus#next(OfferKind)} does not allow.
 */
@Entity
@Table(name = "partner_referral")
public class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long offerId;

	private long partnerId;

	private long participantId;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status = ReferralStatus.SENT;

	private String note;

	private String reason;

	private long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToOne(mappedBy = "referral", cascade = CascadeType.ALL)
	private CapitalRequest capital;

	protected Referral() {
	}

	public Referral(long offerId, long partnerId, long participantId, String note, long createdBy, Instant createdAt) {
		this.offerId = offerId;
		this.partnerId = partnerId;
		this.participantId = participantId;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	/** A participant's application for a capital offer: a referral they make themself, with amount and purpose. */
	public static Referral capitalApplication(long offerId, long partnerId, long participantId, long createdBy,
			long amount, String purpose, Instant createdAt) {
		Referral referral = new Referral(offerId, partnerId, participantId, null, createdBy, createdAt);
		referral.capital = new CapitalRequest(referral, amount, purpose);
		return referral;
	}

	/**
	 * Moves the referral along its pipeline; a rejection needs a reason.
	 * @throws IllegalReferralStepException when the pipeline does not allow the step
	 */
	public void moveTo(ReferralStatus target, String rejectionReason, OfferKind kind, Instant at) {
		if (!status.canMoveTo(target, kind)) {
			throw new IllegalReferralStepException(status, target);
		}
		if (target == ReferralStatus.REJECTED && (rejectionReason == null || rejectionReason.isBlank())) {
			throw new IllegalArgumentException("a rejection needs a reason");
		}
		this.status = target;
		this.reason = target == ReferralStatus.REJECTED ? rejectionReason.strip() : reason;
		this.updatedAt = at;
	}

	/** The amount and purpose, if this referral is a capital application. */
	public Optional<CapitalRequest> getCapital() {
		return Optional.ofNullable(capital);
	}

	public long getOfferId() {
		return offerId;
	}

	public Long getId() {
		return id;
	}

	public long getPartnerId() {
		return partnerId;
	}

	public long getParticipantId() {
		return participantId;
	}

	public ReferralStatus getStatus() {
		return status;
	}

	public String getReason() {
		return reason;
	}

}
