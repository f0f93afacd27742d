package id.jakpreneur.portal.assessment.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepDefinition;
import org.hibernate.annotations.Immutable;

/**
 * One of the 7 steps as one agency runs it (its place in that agency's order, whether it is required, what completes
 * it): reference data, written by migrations and never changed by the portal. Other modules see it as
 * {@link StepDefinition}.
 */
@Entity
@Immutable
@Table(name = "step_definition")
@IdClass(AgencyStep.Key.class)
public class AgencyStep {

	@Id
	private String agencyCode;

	@Id
	@Enumerated(EnumType.STRING)
	private StepCode stepCode;

	private short position;

	private boolean required;

	private String completionRuleId;

	private String completionRuleEn;

	protected AgencyStep() {
	}

	public StepDefinition toDefinition() {
		return new StepDefinition(agencyCode, stepCode, position, required, completionRuleId, completionRuleEn);
	}

	/** The key: an agency and a step. */
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		private String agencyCode;

		private StepCode stepCode;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(agencyCode, key.agencyCode) && stepCode == key.stepCode;
		}

		@Override
		public int hashCode() {
			return Objects.hash(agencyCode, stepCode);
		}

	}

}
