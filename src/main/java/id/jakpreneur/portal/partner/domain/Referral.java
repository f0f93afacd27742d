package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.ReferralStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import id.jakpreneur.portal.partner.CapitalDecision;

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
 * A participant referred to a partner's offer, and where that referral stands. A referral to a CAPITAL offer is a
 * capital application, with the {@link CapitalRequest} (asked, decided, paid out) inside the aggregate, whether the
 * participant applied or an officer referred them; its pipeline is SENT → ACCEPTED → APPROVED (with the decision) →
 * COMPLETED (with the disbursement), or REJECTED before disbursement. Every move goes through {@link #moveTo}, which
 * refuses what {@link ReferralStatus#next(OfferKind)} does not allow and what the application's rules refuse.
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

	/** An officer's referral; to a capital offer it is a capital application without an amount asked. */
	public static Referral referred(long offerId, long partnerId, long participantId, OfferKind kind, String note,
			long createdBy, Instant createdAt) {
		Referral referral = new Referral(offerId, partnerId, participantId, note, createdBy, createdAt);
		if (kind == OfferKind.CAPITAL) {
			referral.capital = new CapitalRequest(referral, null, null);
		}
		return referral;
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
		moveTo(target, rejectionReason, kind, CapitalDecision.none(), null, at);
	}

	/**
	 * Moves the referral along its pipeline; a rejection needs a reason, a capital application's approval its
	 * decision and its completion the disbursement ({@code today}: the day that decisions may not be after).
	 * @throws IllegalReferralStepException when the pipeline does not allow the step
	 * @throws id.jakpreneur.portal.partner.domain.CapitalDecisionRefusedException when the decision breaks a rule
	 */
	public void moveTo(ReferralStatus target, String rejectionReason, OfferKind kind, CapitalDecision decision,
			LocalDate today, Instant at) {
		if (!status.canMoveTo(target, kind)) {
			throw new IllegalReferralStepException(status, target);
		}
		if (target == ReferralStatus.REJECTED && (rejectionReason == null || rejectionReason.isBlank())) {
			throw new IllegalArgumentException("a rejection needs a reason");
		}
		if (kind == OfferKind.CAPITAL) {
			if (capital == null) {
				capital = new CapitalRequest(this, null, null);
			}
			capital.record(target, decision, today);
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
