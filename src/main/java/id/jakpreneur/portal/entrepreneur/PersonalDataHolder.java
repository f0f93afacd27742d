package id.jakpreneur.portal.entrepreneur;

import java.time.Instant;
import java.util.Map;

/**
 * A module that keeps personal data about participants in its own tables. The citizen's data export, the erasure
 * of a participant (UU 27/2022) and the nightly retention run collect every bean of this type, so each module
 * answers for its own tables and no module reads or changes another's.
 */
public interface PersonalDataHolder {

	/** What an erasure writes where a column must keep some text (a note that must not be blank). */
	String ERASED_TEXT = "[data dihapus]";

	/** The name of this holder's section in the export and in the erasure and retention reports, e.g. "licences". */
	String name();

	/**
	 * What this module holds about the participant, for her own download: maps, lists, strings, numbers and dates
	 * only (they are written as JSON and CSV). Never another person's data.
	 */
	Object export(long participantId);

	/**
	 * Removes or replaces everything in this module's tables that identifies the participant (names, numbers,
	 * contact data, free text she or others wrote about her, documents and photos), keeping only the programme
	 * facts that statistics need, in a form that identifies no one, so past dashboard figures do not change.
	 * Runs inside the erasure's transaction. Returns the number of rows changed or deleted.
	 */
	int erase(long participantId);

	/**
	 * Applies the retention schedule as of {@code now}: what this module keeps longer than the schedule allows is
	 * anonymised or deleted. Returns what was done, by kind (e.g. "documents deleted" to 12), for the nightly
	 * report; empty when the module keeps nothing with a time limit.
	 */
	default Map<String, Integer> applyRetention(RetentionSchedule schedule, Instant now) {
		return Map.of();
	}

}
