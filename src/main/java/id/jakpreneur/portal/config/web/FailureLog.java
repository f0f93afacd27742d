package id.jakpreneur.portal.config.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per failed request (the request id comes with the logging context), and the stack trace only the first
 * time a cause is seen: its exception type and where it was thrown, for the root cause and the outermost
 * exception. Later failures with the same cause write their trace at DEBUG. During a database outage every request
 * fails the same way; hundreds of identical traces would hide the one line that matters. Only the path is logged,
 * never the query string (search terms) or the exception's message beyond its SQL state (it may quote data).
 */
class FailureLog {

	private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

	/** Enough for every distinct cause of a healthy portal; past it, traces go to DEBUG only. */
	private static final int MAX_CAUSES = 1000;

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	void unavailable(HttpServletRequest request, DatabaseTrouble trouble, Throwable failure) {
		boolean first = firstTime(failure);
		String line = "{} {} answered 503, database {}: {}{}";
		Object[] args = { request.getMethod(), request.getRequestURI(), trouble.name().toLowerCase(), describe(failure),
				first ? "" : " (trace logged before)" };
		if (first) {
			log.warn(line, append(args, failure));
		}
		else {
			log.warn(line, args);
			log.debug("Trace of the failure above", failure);
		}
	}

	void failed(HttpServletRequest request, int status, Throwable failure) {
		boolean first = firstTime(failure);
		String line = "{} {} answered {}: {}{}";
		Object[] args = { request.getMethod(), request.getRequestURI(), status, describe(failure),
				first ? "" : " (trace logged before)" };
		if (first) {
			log.error(line, append(args, failure));
		}
		else {
			log.error(line, args);
			log.debug("Trace of the failure above", failure);
		}
	}

	private boolean firstTime(Throwable failure) {
		String key = key(failure) + " <- " + key(root(failure));
		return seen.size() < MAX_CAUSES && seen.add(key);
	}

	private static String key(Throwable t) {
		StackTraceElement[] trace = t.getStackTrace();
		return t.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
	}

	private static Throwable root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	/** The outermost and the root exception types, with the SQL state if there is one; no message (it may quote data). */
	static String describe(Throwable failure) {
		Throwable root = root(failure);
		String state = null;
		for (Throwable t = failure; t != null && state == null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof java.sql.SQLException sql) {
				state = sql.getSQLState();
			}
		}
		return failure.getClass().getSimpleName() + (root == failure ? "" : " <- " + root.getClass().getSimpleName())
				+ (state == null ? "" : " (SQL state " + state + ")");
	}

	private static Object[] append(Object[] args, Throwable failure) {
		Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = failure;
		return all;
	}

}
