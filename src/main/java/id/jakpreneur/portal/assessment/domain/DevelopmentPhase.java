package id.jakpreneur.portal.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.jakpreneur.portal.assessment.Phase;
import org.hibernate.annotations.Immutable;

/**
 * A development phase as the programme describes it: reference data, written by migrations and never changed by the
 * portal. Its code is the policy's {@link Phase}.
 */
@Entity
@Immutable
@Table(name = "development_phase")
public class DevelopmentPhase {

	@Id
	@Enumerated(EnumType.STRING)
	private Phase code;

	private short position;

	private String nameId;

	private String nameEn;

	private String descriptionId;

	private String descriptionEn;

	protected DevelopmentPhase() {
	}

	public PhaseDefinition toDefinition() {
		return new PhaseDefinition(code, position, nameId, nameEn, descriptionId, descriptionEn);
	}

}
