package id.jakpreneur.portal.entrepreneur.domain;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.RefusedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * An officer validates several registrations at once. Each one goes through the single validation
 * ({@link ParticipantRecords#validate}) in its own transaction, so it is checked exactly as a single one (in the
 * officer's area, still waiting) and one refusal leaves the others validated. Not transactional itself on purpose.
 */
@Service
public class BulkValidation {

	/** At most this many registrations in one request: a page of the queue. */
	public static final int LIMIT = 100;

	private final ParticipantRecords records;

	BulkValidation(ParticipantRecords records) {
		this.records = records;
	}

	/** What happened to each registration asked for, counted by outcome; repeated ids count once, empty ones not at all. */
	public Summary validate(PortalUser officer, Collection<Long> participantIds) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		for (Long id : new LinkedHashSet<>(participantIds)) {
			if (id == null) {
				continue;
			}
			Outcome outcome;
			try {
				outcome = records.validate(officer, id) ? Outcome.VALIDATED : Outcome.ALREADY_VALIDATED;
			}
			catch (RefusedException ex) {
				outcome = Outcome.ALREADY_VALIDATED;
			}
			catch (NotFoundException ex) {
				outcome = Outcome.NOT_FOUND;
			}
			catch (OptimisticLockingFailureException ex) {
				outcome = Outcome.CHANGED_MEANWHILE;
			}
			counts.merge(outcome, 1, Integer::sum);
		}
		return new Summary(counts.getOrDefault(Outcome.VALIDATED, 0), counts.getOrDefault(Outcome.ALREADY_VALIDATED, 0),
				counts.getOrDefault(Outcome.NOT_FOUND, 0), counts.getOrDefault(Outcome.CHANGED_MEANWHILE, 0));
	}

	enum Outcome {

		VALIDATED, ALREADY_VALIDATED, NOT_FOUND, CHANGED_MEANWHILE

	}

	/**
	 * How many were validated; were validated already (by someone else, or a refused move out of validated); not
	 * found in the officer's area; changed by someone else while this ran. Kept in the session for the page after the redirect.
	 */
	public record Summary(int validated, int alreadyValidated, int notFound, int changedMeanwhile)
			implements Serializable {

		public int refused() {
			return alreadyValidated + notFound + changedMeanwhile;
		}

	}

}
