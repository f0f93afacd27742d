package id.jakpreneur.portal.account.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Session's JDBC repository as the web's session filter uses it, writing a session only when something in
 * it changed (docs/decisions.md 114). Out of the box every request of a logged-in person updated the session's row
 * (its last-access time) in a transaction of its own, and opened an empty transaction when nothing had changed at
 * all: a write, a dead row for the vacuum and two round trips per page, for a time only the idle timeout reads.
 * <p>
 * Here the last-access time moves only once it is {@code touch} behind (a minute): a person clicking through the
 * portal costs one row update a minute, not one a page. The idle timeout still counts from the stored time, so an
 * idle session ends at most {@code touch} earlier than the timeout says (between 29 and 30 minutes after its last
 * request with the defaults), never later; an active one never ends. Anything else (an attribute set or removed, a
 * new id, a new timeout, a new session) is saved as Spring Session does, in one transaction.
 * <p>
 * Reads need no transaction (one statement each), so the JDBC repository is given none and this class wraps only the
 * saves in one. And within a request ({@link #openRequest()} to {@link #closeRequest()}, by
 * {@link SessionRequestScope}) a session is read once: Spring Session's filter commits the session when the page
 * flushes its response and again at the end, and the second commit read the row again for nothing (spring-session
 * issues 1424 and 1731); it now gets the session this request already holds.
 */
final class ChangedOnlySessions implements FindByIndexNameSessionRepository<ChangedOnlySessions.TrackedSession> {

	/** Per request thread: the session this request holds (empty holder before it has one); null outside requests. */
	private static final ThreadLocal<TrackedSession[]> REQUEST = new ThreadLocal<>();

	private final JdbcIndexedSessionRepository repository;

	private final FindByIndexNameSessionRepository<Session> jdbc;

	private final TransactionOperations transactions;

	private final Duration touch;

	/**
	 * @param repository Spring Session's repository, built without transactions of its own
	 * @param transactions the transaction a save runs in
	 * @param touch how far behind the last-access time must be before it is written
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	ChangedOnlySessions(JdbcIndexedSessionRepository repository, TransactionOperations transactions, Duration touch) {
		this.repository = repository;
		// its session type is not public: every session it hands out is given back to it unchanged
		this.jdbc = (FindByIndexNameSessionRepository) repository;
		this.transactions = transactions;
		this.touch = touch;
	}

	/** The current thread serves a request from now on. */
	static void openRequest() {
		REQUEST.set(new TrackedSession[1]);
	}

	/** The current thread's request has ended: the session it held is forgotten. */
	static void closeRequest() {
		REQUEST.remove();
	}

	@Override
	public TrackedSession createSession() {
		return held(new TrackedSession(jdbc.createSession(), true));
	}

	@Override
	public void save(TrackedSession session) {
		if (session.changed) {
			transactions.executeWithoutResult(status -> jdbc.save(session.stored));
			session.changed = false;
		}
	}

	@Override
	public TrackedSession findById(String id) {
		TrackedSession[] request = REQUEST.get();
		if (request != null && request[0] != null && request[0].getId().equals(id)) {
			return request[0];
		}
		Session stored = jdbc.findById(id);
		return stored == null ? null : held(new TrackedSession(stored, false));
	}

	@Override
	public void deleteById(String id) {
		TrackedSession[] request = REQUEST.get();
		if (request != null && request[0] != null && request[0].getId().equals(id)) {
			request[0] = null;
		}
		jdbc.deleteById(id);
	}

	/** Deletes the sessions whose idle timeout has passed ({@link SessionCleanup}). */
	void deleteExpired() {
		repository.cleanUpExpiredSessions();
	}

	private static TrackedSession held(TrackedSession session) {
		TrackedSession[] request = REQUEST.get();
		if (request != null) {
			request[0] = session;
		}
		return session;
	}

	@Override
	public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, TrackedSession> found = new LinkedHashMap<>();
		jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, stored) -> found.put(id, new TrackedSession(stored, false)));
		return found;
	}

	/** A stored session that knows whether it has anything to save. */
	final class TrackedSession implements Session {

		private final Session stored;

		private boolean changed;

		private TrackedSession(Session stored, boolean changed) {
			this.stored = stored;
			this.changed = changed;
		}

		/** Moves the last-access time only once it is {@code touch} behind (or would go back: never). */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(touch))) {
				stored.setLastAccessedTime(lastAccessedTime);
				changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null && !stored.getAttributeNames().contains(name)) {
				return; // removing what is not there changes nothing
			}
			stored.setAttribute(name, value);
			changed = true;
		}

		@Override
		public void removeAttribute(String name) {
			setAttribute(name, null);
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return stored.changeSessionId();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
			changed = true;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return stored.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
