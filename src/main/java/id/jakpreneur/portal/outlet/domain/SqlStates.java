package id.jakpreneur.portal.outlet.domain;

import java.sql.SQLException;

/** PostgreSQL's answers that the domain turns into refusals: which constraint said no. */
final class SqlStates {

	/** unique_violation */
	static final String UNIQUE_VIOLATION = "23505";

	/** exclusion_violation */
	static final String EXCLUSION_VIOLATION = "23P01";

	private SqlStates() {
	}

	/** Whether the exception was caused by a statement PostgreSQL refused with this SQL state. */
	static boolean causedBy(Throwable ex, String state) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
