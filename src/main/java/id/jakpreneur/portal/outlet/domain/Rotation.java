package id.jakpreneur.portal.outlet.domain;

import java.util.List;
import java.util.Set;

/**
 * Counts how many periods in a row a participant held a place at one outlet just before a call: walking the
 * outlet's earlier calls from the most recent backwards, until the first one without a booking of theirs.
 */
public final class Rotation {

	private Rotation() {
	}

	/**
	 * @param earlierCallsNewestFirst the outlet's calls that started before this call, newest first
	 * @param callsWithBooking the calls among them where the participant held a place (confirmed or reported)
	 */
	public static int consecutive(List<Long> earlierCallsNewestFirst, Set<Long> callsWithBooking) {
		int count = 0;
		for (Long call : earlierCallsNewestFirst) {
			if (!callsWithBooking.contains(call)) {
				break;
			}
			count++;
		}
		return count;
	}

}
