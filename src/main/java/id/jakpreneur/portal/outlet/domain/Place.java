package id.jakpreneur.portal.outlet.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bookable place inside an outlet, with a code unique in its outlet. */
@Entity
@Table(name = "outlet_place")
class Place {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long outletId;

	private String code;

	@Enumerated(EnumType.STRING)
	private PlaceKind kind;

	private int productCapacity;

	protected Place() {
	}

	Place(long outletId, PlaceDraft draft) {
		this.outletId = outletId;
		this.code = draft.code().strip();
		this.kind = draft.kind();
		this.productCapacity = draft.productCapacity();
	}

	Long getId() {
		return id;
	}

	long getOutletId() {
		return outletId;
	}

}
