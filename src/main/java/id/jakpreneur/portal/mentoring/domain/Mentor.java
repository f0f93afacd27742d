package id.jakpreneur.portal.mentoring.domain;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A mentor (pendamping) and their capacity: the officer's limit, the mentor's own capacity within it, and whether
 * they take new mentees. The number of current mentees is kept by the database (the trigger on
 * {@code mentor_assignment}) and only read here. Every rule on capacity and pausing is checked here, in one place;
 * the row is locked ({@link MentorRepository#lockById}) before a rule that depends on the load is checked. The
 * tracks and kecamatan a mentor covers live in their own tables, written by {@link MentorManagement}.
 */
@Entity
@Table(name = "mentor")
public class Mentor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String fullName;

	private String phone;

	@Enumerated(EnumType.STRING)
	private MentorKind kind;

	private String agencyCode;

	private String organisation;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] languages;

	private int capacityLimit;

	private int capacity;

	@Column(insertable = false, updatable = false)
	private int activeMentees;

	@Column(name = "paused")
	@Convert(converter = MentorState.AsPausedColumn.class)
	private MentorState state = MentorState.ACTIVE;

	private long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	protected Mentor() {
	}

	/** A new mentor; their capacity starts at the officer's limit. */
	Mentor(long accountId, MentorDetails details, long createdBy, Instant now) {
		this.accountId = accountId;
		this.createdBy = createdBy;
		this.createdAt = now;
		describe(details);
		this.capacityLimit = details.capacityLimit();
		this.capacity = details.capacityLimit();
		this.state = details.paused() ? MentorState.PAUSED : MentorState.ACTIVE;
		this.updatedAt = now;
	}

	/**
	 * An officer changes the profile. A lower limit lowers the mentor's own capacity with it, never below their current
	 * mentees (nor below one).
	 * @throws MentoringException when the limit is below the current mentees
	 */
	void change(MentorDetails details, Instant now) {
		if (details.capacityLimit() < activeMentees) {
			throw new MentoringException("mentoring.mentor.limitBelowLoad");
		}
		describe(details);
		this.capacityLimit = details.capacityLimit();
		this.capacity = Math.max(Math.max(Math.min(capacity, capacityLimit), activeMentees), 1);
		moveTo(details.paused() ? MentorState.PAUSED : MentorState.ACTIVE);
		this.updatedAt = now;
	}

	/**
	 * The mentor sets their own capacity, from their current mentees up to the officer's limit, and pauses or resumes.
	 * @throws MentoringException when the capacity is above the limit or below the current mentees
	 */
	void changeOwn(int newCapacity, boolean paused, Instant now) {
		if (newCapacity > capacityLimit) {
			throw new MentoringException("mentoring.profile.aboveLimit");
		}
		if (newCapacity < Math.max(1, activeMentees)) {
			throw new MentoringException("mentoring.profile.belowLoad");
		}
		this.capacity = newCapacity;
		moveTo(paused ? MentorState.PAUSED : MentorState.ACTIVE);
		this.updatedAt = now;
	}

	/** Pauses or resumes; a mentor may do either at any time (their current mentees stay). */
	void moveTo(MentorState target) {
		this.state = target;
	}

	/**
	 * Refuses a new mentee when the mentor is paused or has no free seat (read under the row lock).
	 * @throws MentoringException paused or full
	 */
	void checkTakesNewMentee() {
		if (state == MentorState.PAUSED) {
			throw MentoringException.mentorPaused();
		}
		if (activeMentees >= capacity) {
			throw MentoringException.mentorFull();
		}
	}

	private void describe(MentorDetails details) {
		this.fullName = details.fullName();
		this.phone = details.phone();
		this.kind = details.kind();
		this.agencyCode = details.agencyCode();
		this.organisation = details.organisation();
		this.languages = MentorManagement.names(details.languages());
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getFullName() {
		return fullName;
	}

	public MentorState getState() {
		return state;
	}

	public int getCapacity() {
		return capacity;
	}

	public int getActiveMentees() {
		return activeMentees;
	}

	Set<String> languageNames() {
		return Set.of(languages);
	}

}
