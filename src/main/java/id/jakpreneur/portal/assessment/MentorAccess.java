package id.jakpreneur.portal.assessment;

import java.util.Optional;

/**
 * Which participants a mentor may assess after a visit: their own current mentees. The mentoring module knows who
 * mentors whom and implements this; this module asks through it, so that it does not depend on mentoring (which
 * depends on it). Without an implementation, no mentor may assess anyone.
 */
public interface MentorAccess {

	/** The participant's name when the mentor (by account) currently mentors them; empty otherwise. */
	Optional<String> menteeName(long mentorAccountId, long participantId);

}
