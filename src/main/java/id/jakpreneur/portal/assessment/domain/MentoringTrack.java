package id.jakpreneur.portal.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.jakpreneur.portal.assessment.Track;
import org.hibernate.annotations.Immutable;

/**
 * A mentoring track as the programme describes it: reference data, written by migrations and never changed by the
 * portal. Its code is the policy's {@link Track}; an inactive track is no longer offered, but old assessments keep it.
 */
@Entity
@Immutable
@Table(name = "mentoring_track")
public class MentoringTrack {

	@Id
	@Enumerated(EnumType.STRING)
	private Track code;

	private short position;

	private String nameId;

	private String nameEn;

	private String descriptionId;

	private String descriptionEn;

	private boolean active;

	protected MentoringTrack() {
	}

	public TrackDefinition toDefinition() {
		return new TrackDefinition(code, position, nameId, nameEn, descriptionId, descriptionEn, active);
	}

}
