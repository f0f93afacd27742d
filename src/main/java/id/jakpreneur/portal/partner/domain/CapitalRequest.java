package id.jakpreneur.portal.partner.domain;

import java.time.LocalDate;

import id.jakpreneur.portal.partner.CapitalDecision;
import id.jakpreneur.portal.partner.ReferralStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A capital application inside its {@link Referral} (table {@code capital_application}): what the participant asked
 * (amount in whole rupiah and purpose; none when an officer made the referral), what the partner decided (approved
 * amount, tenor, product, day) and what it paid out (amount, day). The rules, also kept by the table's checks:
 * an approval is whole (amount above zero and not above the amount asked, tenor of 1 to 360 months, product, day);
 * a disbursement needs the approval, is above zero and not above the approved amount, and is dated from the
 * decision to today; decisions are not dated in the future.
 */
@Entity
@Table(name = "capital_application")
public class CapitalRequest {

	static final int MAX_TENOR = 360;

	@Id
	private Long referralId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "referral_id")
	private Referral referral;

	private Long amount;

	private String purpose;

	private Long approvedAmount;

	private Integer tenorMonths;

	private String product;

	private LocalDate decidedOn;

	private Long disbursedAmount;

	private LocalDate disbursedOn;

	protected CapitalRequest() {
	}

	CapitalRequest(Referral referral, Long amount, String purpose) {
		this.referral = referral;
		this.amount = amount;
		this.purpose = purpose == null ? null : purpose.strip();
	}

	/**
	 * Records what this step of the pipeline needs: the decision with APPROVED, the disbursement with COMPLETED, the
	 * day with REJECTED.
	 * @throws CapitalDecisionRefusedException naming the field that breaks a rule
	 */
	void record(ReferralStatus target, CapitalDecision d, LocalDate today) {
		switch (target) {
			case APPROVED -> approve(d, today);
			case COMPLETED -> disburse(d, today);
			case REJECTED -> decidedOn = d.decidedOn() == null ? today : notFuture("decidedOn", d.decidedOn(), today);
			default -> {
			}
		}
	}

	private void approve(CapitalDecision d, LocalDate today) {
		long approved = required("approvedAmount", d.approvedAmount());
		if (approved <= 0) {
			throw new CapitalDecisionRefusedException("approvedAmount", "partner.capital.approved.positive");
		}
		if (amount != null && approved > amount) {
			throw new CapitalDecisionRefusedException("approvedAmount", "partner.capital.approved.aboveRequested");
		}
		int tenor = required("tenorMonths", d.tenorMonths());
		if (tenor < 1 || tenor > MAX_TENOR) {
			throw new CapitalDecisionRefusedException("tenorMonths", "partner.capital.tenor.range");
		}
		String name = required("product", d.product() == null || d.product().isBlank() ? null : d.product().strip());
		LocalDate day = notFuture("decidedOn", required("decidedOn", d.decidedOn()), today);
		this.approvedAmount = approved;
		this.tenorMonths = tenor;
		this.product = name;
		this.decidedOn = day;
	}

	private void disburse(CapitalDecision d, LocalDate today) {
		long paid = required("disbursedAmount", d.disbursedAmount());
		if (paid <= 0) {
			throw new CapitalDecisionRefusedException("disbursedAmount", "partner.capital.approved.positive");
		}
		if (approvedAmount == null || paid > approvedAmount) {
			throw new CapitalDecisionRefusedException("disbursedAmount", "partner.capital.disbursed.aboveApproved");
		}
		LocalDate day = notFuture("disbursedOn", required("disbursedOn", d.disbursedOn()), today);
		if (day.isBefore(decidedOn)) {
			throw new CapitalDecisionRefusedException("disbursedOn", "partner.capital.disbursedOn.beforeDecision");
		}
		this.disbursedAmount = paid;
		this.disbursedOn = day;
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new CapitalDecisionRefusedException(field, "validation.required");
		}
		return value;
	}

	private static LocalDate notFuture(String field, LocalDate day, LocalDate today) {
		if (day.isAfter(today)) {
			throw new CapitalDecisionRefusedException(field, "partner.capital.date.future");
		}
		return day;
	}

	public Long getAmount() {
		return amount;
	}

	public String getPurpose() {
		return purpose;
	}

	public Long getApprovedAmount() {
		return approvedAmount;
	}

	public String getProduct() {
		return product;
	}

	public Long getDisbursedAmount() {
		return disbursedAmount;
	}

	public LocalDate getDisbursedOn() {
		return disbursedOn;
	}

}
