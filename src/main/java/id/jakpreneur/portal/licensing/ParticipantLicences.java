package id.jakpreneur.portal.licensing;

import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantView;

/**
 * A participant's licences along their licence route, for other modules' pages (capital readiness, overviews). Only
 * a licence an officer verified counts where a licence opens something (P4, capital readiness through
 * {@link LicenceLine#done()}, outlet calls through the published view {@code verified_licence}); one only declared on
 * the business profile, submitted, or returned counts for none of those (decisions 81 and 99).
 */
public interface ParticipantLicences {

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
