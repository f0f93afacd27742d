package id.jakpreneur.portal.partner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * What a participant asks for when their referral is a capital application (table {@code capital_application}):
 * the amount in whole rupiah and what the money is for. Part of the {@link Referral} aggregate: made with it by
 * {@link Referral#capitalApplication}, never changed afterwards; its pipeline is the referral's.
 */
@Entity
@Table(name = "capital_application")
public class CapitalRequest {

	@Id
	private Long referralId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "referral_id")
	private Referral referral;

	private long amount;

	private String purpose;

	protected CapitalRequest() {
	}

	CapitalRequest(Referral referral, long amount, String purpose) {
		this.referral = referral;
		this.amount = amount;
		this.purpose = purpose.strip();
	}

	public long getAmount() {
		return amount;
	}

	public String getPurpose() {
		return purpose;
	}

}
