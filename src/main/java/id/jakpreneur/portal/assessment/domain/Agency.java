package id.jakpreneur.portal.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.jakpreneur.portal.assessment.FosteringAgency;
import org.hibernate.annotations.Immutable;

/**
 * An agency (SKPD pembina) that fosters participants: reference data, written by migrations and never changed by the
 * portal. Other modules see it as {@link FosteringAgency}.
 */
@Entity
@Immutable
@Table(name = "fostering_agency")
public class Agency {

	@Id
	private String code;

	private String nameId;

	private String nameEn;

	protected Agency() {
	}

	public FosteringAgency toView() {
		return new FosteringAgency(code, nameId, nameEn);
	}

}
