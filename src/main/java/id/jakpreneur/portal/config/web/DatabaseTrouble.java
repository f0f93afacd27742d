package id.jakpreneur.portal.config.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure caused by the database being away or too busy, which a 503 answers (try again shortly), from
 * every other failure (a 500). Reads the SQL state of any {@link SQLException} in the cause chain, as Spring,
 * Hibernate, Spring Session and Thymeleaf all wrap it differently.
 */
enum DatabaseTrouble {

	/** No connection: refused, broken, a socket that stopped answering, the server shutting down or starting. */
	UNAVAILABLE,

	/** The pool had no free connection in time, or a statement or lock wait ran out of time. */
	BUSY;

	/** query_canceled (statement_timeout), lock_not_available (lock_timeout), too_many_connections. */
	private static final Set<String> BUSY_STATES = Set.of("57014", "55P03", "53300");

	/** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or in recovery). */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

	private static final String HIKARI_CLOSED = "Connection is closed";

	/** The trouble behind this failure, or null when the database is not to blame. */
	static DatabaseTrouble of(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLTransientConnectionException pool
					&& !(pool.getCause() instanceof SQLTransientConnectionException)) {
				// the pool's timeout: with a cause, connecting failed; without, every connection was busy
				return pool.getCause() == null ? BUSY : UNAVAILABLE;
			}
			if (t instanceof SQLException sql && sql.getSQLState() == null
					&& HIKARI_CLOSED.equals(sql.getMessage())) {
				// the pool's stand-in for a connection it marked broken (a rollback after an I/O error meets it)
				return UNAVAILABLE;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
					return UNAVAILABLE;
				}
				if (BUSY_STATES.contains(state)) {
					return BUSY;
				}
			}
		}
		return null;
	}

}
