package id.jakpreneur.portal.entrepreneur;

import java.util.Optional;

/**
 * A module that must keep a participant's data by law for now (an open capital application the bank must keep).
 * The administrator's deletion request page shows each hold, and an erasure is refused while one holds; the
 * administrator refuses the request with that reason instead.
 */
public interface ErasureHold {

	/** The reason this module must keep the participant's data now, or empty when it need not. */
	Optional<RefusalReason> holds(long participantId);

}
