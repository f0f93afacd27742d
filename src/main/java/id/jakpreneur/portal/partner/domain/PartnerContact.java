package id.jakpreneur.portal.partner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contact person of a partner; once an administrator opens a PARTNER login for them, it is linked here. */
@Entity
@Table(name = "partner_contact")
public class PartnerContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long partnerId;

	private String fullName;

	private String email;

	private String phone;

	private Long accountId;

	protected PartnerContact() {
	}

	public PartnerContact(long partnerId, ContactDraft draft) {
		this.partnerId = partnerId;
		this.fullName = draft.fullName().strip();
		this.email = draft.email().strip().toLowerCase(java.util.Locale.ROOT);
		this.phone = draft.phone() == null || draft.phone().isBlank() ? null : draft.phone().strip();
	}

	public void linkAccount(long accountId) {
		if (this.accountId != null) {
			throw new ContactHasAccountException();
		}
		this.accountId = accountId;
	}

	public Long getId() {
		return id;
	}

	public long getPartnerId() {
		return partnerId;
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
