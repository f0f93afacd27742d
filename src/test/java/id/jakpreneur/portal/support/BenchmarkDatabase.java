package id.jakpreneur.portal.support;

/**
 * Benchmarks fill the database with a million rows by single statements of minutes, through the portal's own
 * connections, which carry the short limits of web work (docs/operations.md): they lift them for their context with
 * {@code @TestPropertySource(properties = BenchmarkDatabase.NO_WEB_LIMITS)}. The pages they then measure answer in
 * milliseconds, far under the limits, so the figures are those of the production configuration.
 */
public final class BenchmarkDatabase {

	public static final String NO_WEB_LIMITS = "DB_STATEMENT_TIMEOUT=0\nDB_LOCK_TIMEOUT=0\nDB_SOCKET_TIMEOUT_SECONDS=0";

	private BenchmarkDatabase() {
	}

}
