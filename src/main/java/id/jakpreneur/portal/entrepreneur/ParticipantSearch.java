package id.jakpreneur.portal.entrepreneur;

import id.jakpreneur.portal.account.PortalUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Officer look-ups over up to a million participants: one SQL statement per page, always inside the officer's
 * area, ordered by name. Pages are slices (previous / next) because an exact total over a whole kota would cost
 * more than the page itself. Answered by the module's read model.
 */
public interface ParticipantSearch {

	Slice<ParticipantSummary> search(PortalUser officer, SearchCriteria criteria, Pageable page);

	/** Registrations of the officer's area waiting for validation, oldest first. */
	Slice<ParticipantSummary> waiting(PortalUser officer, Pageable page);

	/**
	 * How many registrations of the officer's area wait for validation, up to
	 * {@link id.jakpreneur.portal.account.WorkInbox#COUNTED_UP_TO}: one statement.
	 */
	long countWaiting(PortalUser officer);

}
