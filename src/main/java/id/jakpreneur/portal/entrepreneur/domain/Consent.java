package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.ConsentView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A participant's consent to one purpose (for partner sharing: one referral), given against one version of the
 * asking text, until she withdraws it. A withdrawn consent stays as the record of the choice; giving it again is a
 * new consent. The database allows one active consent per purpose and reference.
 */
@Entity
public class Consent {

	static final int TEXT_VERSION_MAX = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	@Enumerated(EnumType.STRING)
	private ConsentPurpose purpose;

	private Long referenceId;

	private String textVersion;

	private Instant givenAt;

	private Instant withdrawnAt;

	protected Consent() {
	}

	/**
	 * @throws ConsentRefusedException when a partner-sharing consent names no referral, another names one, or the
	 * text version is missing or too long
	 */
	public Consent(long participantId, ConsentPurpose purpose, Long referenceId, String textVersion, Instant givenAt) {
		if (purpose == null || purpose.needsReference() != (referenceId != null)) {
			throw new ConsentRefusedException("consent.reference.invalid");
		}
		if (textVersion == null || textVersion.isBlank() || textVersion.length() > TEXT_VERSION_MAX) {
			throw new ConsentRefusedException("consent.textVersion.invalid");
		}
		this.participantId = participantId;
		this.purpose = purpose;
		this.referenceId = referenceId;
		this.textVersion = textVersion;
		this.givenAt = givenAt;
	}

	/** Withdraws it at this moment; a consent withdrawn before stays withdrawn at its first time. */
	public boolean withdraw(Instant at) {
		if (withdrawnAt != null) {
			return false;
		}
		withdrawnAt = at.isBefore(givenAt) ? givenAt : at;
		return true;
	}

	public ConsentView view() {
		return new ConsentView(id, purpose, referenceId, textVersion, givenAt, withdrawnAt);
	}

	public long getParticipantId() {
		return participantId;
	}

}
