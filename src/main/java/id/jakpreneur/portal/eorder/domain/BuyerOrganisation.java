package id.jakpreneur.portal.eorder.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A public body that buys through e-Order: its kind, name (unique, whatever the case) and optional kota. */
@Entity
@Table(name = "buyer_organisation")
public class BuyerOrganisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private String name;

	private String cityCode;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected BuyerOrganisation() {
	}

	public BuyerOrganisation(OrganisationKind kind, String name, String cityCode, long createdBy, Instant createdAt) {
		this.kind = kind;
		this.name = name.strip();
		this.cityCode = cityCode == null || cityCode.isBlank() ? null : cityCode;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getCityCode() {
		return cityCode;
	}

}
