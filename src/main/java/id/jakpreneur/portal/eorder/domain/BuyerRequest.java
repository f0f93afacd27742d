package id.jakpreneur.portal.eorder.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A request for a buyer account from the public form. PENDING until an administrator approves it (the organisation
 * found or created, the buyer made and their login opened) or rejects it with a reason; neither can be undone.
 */
@Entity
@Table(name = "buyer_request")
public class BuyerRequest {

	public enum Status {

		PENDING, APPROVED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OrganisationKind organisationKind;

	private String organisationName;

	private String fullName;

	private String email;

	private String phone;

	private String position;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private String rejectReason;

	private Instant requestedAt;

	private Long decidedBy;

	private Instant decidedAt;

	private Long buyerId;

	protected BuyerRequest() {
	}

	public BuyerRequest(OrganisationKind kind, String organisationName, BuyerDraft person, Instant requestedAt) {
		this.organisationKind = kind;
		this.organisationName = organisationName.strip();
		this.fullName = person.fullName().strip();
		this.email = person.email().strip().toLowerCase(Locale.ROOT);
		this.phone = person.phone().strip();
		this.position = person.position().strip();
		this.requestedAt = requestedAt;
	}

	void approve(long buyerId, long adminId, Instant at) {
		decide(adminId, at);
		this.status = Status.APPROVED;
		this.buyerId = buyerId;
	}

	void reject(String reason, long adminId, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new EOrderRefusedException("eorder.reason.required");
		}
		decide(adminId, at);
		this.status = Status.REJECTED;
		this.rejectReason = reason.strip();
	}

	private void decide(long adminId, Instant at) {
		if (status != Status.PENDING) {
			throw new EOrderRefusedException("eorder.request.decided");
		}
		this.decidedBy = adminId;
		this.decidedAt = at;
	}

	BuyerDraft person() {
		return new BuyerDraft(fullName, email, phone, position);
	}

	public Long getId() {
		return id;
	}

	public OrganisationKind getOrganisationKind() {
		return organisationKind;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public Status getStatus() {
		return status;
	}

}
