package id.jakpreneur.portal.licensing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantView;

/**
 * A participant's licences along their licence route, for other modules' pages (capital readiness, overviews), and
 * the licences that count where a licence opens something (outlet calls, capital readiness, P4): issued, unexpired
 * and verified by an officer. A licence only declared on the business profile, or recorded but not verified, counts
 * for none of those (decision 81).
 */
public interface ParticipantLicences {

	/** The participant's licences that are issued, not expired today and verified by an officer. One query. */
	Set<LicenceType> verified(long participantId);

	/**
	 * The route's licences first, in its order, then anything else recorded; the first required licence not yet
	 * issued and verified is marked as next.
	 */
	List<LicenceLine> of(ParticipantView participant);

	/** The first required licence not yet issued and verified, if any. */
	default Optional<LicenceLine> next(ParticipantView participant) {
		return of(participant).stream().filter(LicenceLine::next).findFirst();
	}

}
