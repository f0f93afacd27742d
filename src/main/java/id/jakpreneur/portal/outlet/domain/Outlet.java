package id.jakpreneur.portal.outlet.domain;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.jakpreneur.portal.assessment.Phase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A DKI outlet with its rules: who may use it and what it costs. Its kelurahan decides which officers keep it; its
 * kecamatan and kota are kept beside it for the area filters.
 */
@Entity
@Table(name = "outlet")
class Outlet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OutletKind kind;

	private Long operatorPartnerId;

	private String address;

	private String villageCode;

	private String districtCode;

	private String cityCode;

	private String openingHours;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] eligibleSectors;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 1)
	private Grade minGrade;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] requiredLicences;

	@Enumerated(EnumType.STRING)
	private Phase minPhase;

	private long feePerPeriod;

	private BigDecimal revenueSharePercent;

	private int maxConsecutivePeriods;

	private long createdBy;

	@Version
	private long version;

	protected Outlet() {
	}

	Outlet(OutletDraft draft, String districtCode, String cityCode, long createdBy) {
		this.createdBy = createdBy;
		describe(draft, districtCode, cityCode);
	}

	/** The outlet as the officer typed it, in the kecamatan and kota of its kelurahan. */
	void describe(OutletDraft draft, String districtCode, String cityCode) {
		OutletRules r = draft.rules();
		this.name = draft.name().strip();
		this.kind = draft.kind();
		this.operatorPartnerId = draft.operatorPartnerId();
		this.address = draft.address().strip();
		this.villageCode = draft.villageCode();
		this.districtCode = districtCode;
		this.cityCode = cityCode;
		this.openingHours = draft.openingHours().strip();
		this.eligibleSectors = names(r.eligibleSectors());
		this.minGrade = r.minGrade();
		this.requiredLicences = names(r.requiredLicences());
		this.minPhase = r.minPhase();
		this.feePerPeriod = r.feePerPeriod();
		this.revenueSharePercent = r.revenueSharePercent();
		this.maxConsecutivePeriods = r.maxConsecutivePeriods();
	}

	private static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	Long getId() {
		return id;
	}

}
