package id.jakpreneur.portal.config.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool, as a web request sees it. A request that waited the whole connection timeout for nothing, or whose
 * connection broke (a refused or silent socket: {@link BrokenConnections}), does not wait for another one: Spring
 * Security, Spring Session and the page would each ask once more (a connection timeout each) before the 503 could
 * be sent. Only inside a request ({@link #open()} to {@link #close()}, by the web's failure filter);
 * background work always asks the pool. And when the database is found unreachable, the pool's idle connections are
 * dropped at once, so that after its return no request spends its time validating dead ones.
 */
public final class RequestConnectionGate extends DelegatingDataSource {

	private static final Logger log = LoggerFactory.getLogger(RequestConnectionGate.class);

	/** Per request thread: null outside a request, the failure once one happened, else {@link #OPEN}. */
	private static final ThreadLocal<SQLException> REQUEST = new ThreadLocal<>();

	private static final SQLException OPEN = new SQLException("open");

	RequestConnectionGate(DataSource pool) {
		super(pool);
	}

	/** The current thread serves a request from now on. */
	public static void open() {
		REQUEST.set(OPEN);
	}

	/** The current thread's request has ended. */
	public static void close() {
		REQUEST.remove();
	}

	/**
	 * The database was found unreachable: drop the pool's idle connections (they are dead), and let in-use ones be
	 * dropped when returned.
	 */
	public static void unreachable(DataSource dataSource) {
		try {
			HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
			if (pool != null) {
				pool.softEvictConnections();
			}
		}
		catch (SQLException ex) {
			log.debug("The pool is not Hikari: its connections are left to it", ex);
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		SQLException earlier = REQUEST.get();
		if (earlier != null && earlier != OPEN) {
			throw new SQLTransientConnectionException("No connection for this request: " + earlier.getMessage(),
					earlier.getSQLState(), earlier);
		}
		try {
			return super.getConnection();
		}
		catch (SQLException ex) {
			if (earlier == OPEN) {
				REQUEST.set(ex);
			}
			throw ex;
		}
	}

	/**
	 * Told by the pool of every SQL error on its connections ({@code spring.datasource.hikari.exception-override-class-name}):
	 * a connection-level one (SQL state class 08) closes the gate for the rest of the current request. The pool
	 * decides about evicting as it would without it.
	 */
	public static final class BrokenConnections implements SQLExceptionOverride {

		@java.lang.Override
		public SQLExceptionOverride.Override adjudicate(SQLException ex) {
			String state = ex.getSQLState();
			if (state != null && state.startsWith("08") && REQUEST.get() == OPEN) {
				REQUEST.set(ex);
			}
			return SQLExceptionOverride.Override.CONTINUE_EVICT;
		}

	}

}
