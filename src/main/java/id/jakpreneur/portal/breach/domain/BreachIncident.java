package id.jakpreneur.portal.breach.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A suspected breach through one account: the window in which that account's actions are looked at, when the breach
 * was discovered (UU 27/2022 art. 46: the people concerned and the authority are told within 3 x 24 hours of it),
 * and when the people found were notified. The database checks the same rules.
 */
@Entity
public class BreachIncident {

	/** The law's deadline for the notices, from the discovery. */
	public static final Duration NOTICE_DEADLINE = Duration.ofHours(72);

	static final int DESCRIPTION_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private Instant windowFrom;

	private Instant windowUntil;

	private Instant discoveredAt;

	private String description;

	private long recordedBy;

	private Instant recordedAt;

	private Instant notifiedAt;

	private Integer notified;

	protected BreachIncident() {
	}

	/** @throws BreachRefusedException naming the field whose value breaks a rule */
	BreachIncident(IncidentDraft draft, long recordedBy, Instant now) {
		if (!draft.windowFrom().isBefore(draft.windowUntil())) {
			throw new BreachRefusedException("windowUntil", "breach.window.order");
		}
		if (draft.discoveredAt().isAfter(now)) {
			throw new BreachRefusedException("discoveredAt", "breach.discovered.future");
		}
		if (draft.windowFrom().isAfter(now)) {
			throw new BreachRefusedException("windowFrom", "breach.window.future");
		}
		String text = draft.description() == null ? "" : draft.description().strip();
		if (text.isEmpty() || text.length() > DESCRIPTION_MAX) {
			throw new BreachRefusedException("description", "breach.description.invalid");
		}
		this.accountId = draft.accountId();
		this.windowFrom = draft.windowFrom();
		this.windowUntil = draft.windowUntil();
		this.discoveredAt = draft.discoveredAt();
		this.description = text;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	/** Records that the notices went out (again: the count of this run; each person is told once per incident). */
	void notified(int count, Instant at) {
		this.notifiedAt = at;
		this.notified = (notified == null ? 0 : notified) + count;
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public Instant getWindowFrom() {
		return windowFrom;
	}

	public Instant getWindowUntil() {
		return windowUntil;
	}

	public Instant getDiscoveredAt() {
		return discoveredAt;
	}

}
