package id.jakpreneur.portal.eorder.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A purchasing officer of one organisation (decision 122: every buyer belongs to exactly one, for good). Once an
 * administrator opens their BUYER login it is linked here, and the login sees that organisation's orders only.
 */
@Entity
@Table(name = "buyer")
public class Buyer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long organisationId;

	private String fullName;

	private String email;

	private String phone;

	private String position;

	private Long accountId;

	private Instant createdAt;

	protected Buyer() {
	}

	public Buyer(long organisationId, BuyerDraft draft, Instant createdAt) {
		this.organisationId = organisationId;
		this.fullName = draft.fullName().strip();
		this.email = draft.email().strip().toLowerCase(Locale.ROOT);
		this.phone = draft.phone() == null || draft.phone().isBlank() ? null : draft.phone().strip();
		this.position = draft.position() == null || draft.position().isBlank() ? null : draft.position().strip();
		this.createdAt = createdAt;
	}

	void linkAccount(long accountId) {
		if (this.accountId != null) {
			throw new EOrderRefusedException("eorder.buyer.hasAccount");
		}
		this.accountId = accountId;
	}

	public Long getId() {
		return id;
	}

	public long getOrganisationId() {
		return organisationId;
	}

	public String getFullName() {
		return fullName;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public Long getAccountId() {
		return accountId;
	}

}
