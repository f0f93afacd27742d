package id.jakpreneur.portal.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every connection starts with the short timeouts of web work (a statement, a lock wait, a silent socket: see
 * docs/operations.md), so that a page fails fast when the database is away or busy. Background work that
 * legitimately runs longer (the bulk re-assessment's batches, the dashboard rebuild) lifts them for its own
 * transaction only: {@code SET LOCAL} ends with the transaction, and the pool restores the socket timeout when the
 * connection is returned.
 */
public final class LongTransactions {

	private LongTransactions() {
	}

	/**
	 * Allows the current transaction's statements, lock waits and socket reads up to {@code limit} each.
	 * @throws IllegalStateException outside a transaction (a session-wide change would outlive the work)
	 */
	public static void allow(Duration limit) {
		Connection connection = TransactionSynchronizationManager.getResourceMap()
			.values()
			.stream()
			.filter(ConnectionHolder.class::isInstance)
			.map(holder -> ((ConnectionHolder) holder).getConnection())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("LongTransactions.allow needs a transaction"));
		long millis = limit.toMillis();
		try (Statement statement = connection.createStatement()) {
			statement.execute("set local statement_timeout = " + millis + "; set local lock_timeout = " + millis);
			// the socket waits a little longer than the server, so a slow statement is cancelled, not cut off
			connection.setNetworkTimeout(Runnable::run, Math.toIntExact(millis + 10_000));
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not lift the web timeouts", ex);
		}
	}

}
