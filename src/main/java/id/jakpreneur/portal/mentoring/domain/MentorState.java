package id.jakpreneur.portal.mentoring.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Whether a mentor takes new mentees: ACTIVE, or PAUSED (by themself or an officer); either may follow the other. */
public enum MentorState {

	ACTIVE, PAUSED;

	/** Stored as the {@code paused} column. */
	@Converter
	public static class AsPausedColumn implements AttributeConverter<MentorState, Boolean> {

		@Override
		public Boolean convertToDatabaseColumn(MentorState state) {
			return state == PAUSED;
		}

		@Override
		public MentorState convertToEntityAttribute(Boolean paused) {
			return Boolean.TRUE.equals(paused) ? PAUSED : ACTIVE;
		}

	}

}
