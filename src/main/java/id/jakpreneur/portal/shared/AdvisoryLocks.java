package id.jakpreneur.portal.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * PostgreSQL advisory locks held until the current transaction ends, in the two-key form: a namespace per kind of
 * work (listed here, so that no two kinds can share one) and a key, usually a participant's or account's id. For
 * work that must not run twice at once where no row exists yet to lock, or where row locks would cost too much.
 */
@Component
public class AdvisoryLocks {

	/** The kinds of work serialised by an advisory lock; the code spells four ASCII letters. */
	public enum Namespace {

		/** Assessing a participant ("ASSE"): single assessments, overrides and the bulk re-assessment. */
		ASSESSMENT(0x41535345),

		/** Assigning or changing a participant's mentor ("MENT"). */
		MENTOR_ASSIGNMENT(0x4d454e54),

		/** Recording a participant's licence ("LICE"). */
		LICENCE_RECORDING(0x4c494345),

		/** Rebuilding the dashboards' summaries ("DASH"). */
		DASHBOARD_REFRESH(0x44415348),

		/** A batch of the NIK/KK re-encryption to the current key ("REKY"). */
		PERSONAL_DATA_REKEY(0x52454b59);

		private final int code;

		Namespace(int code) {
			this.code = code;
		}

		/** The first key of PostgreSQL's two-key form. */
		public int code() {
			return code;
		}

	}

	private final JdbcClient jdbc;

	AdvisoryLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The second key for an id; SQL that tries many locks at once computes it as {@code (id % 2147483647)::int}. */
	public static int key(long id) {
		return (int) (id % Integer.MAX_VALUE);
	}

	/** Waits until no other transaction holds this lock, then holds it until the current transaction ends. */
	public void lock(Namespace namespace, long id) {
		requireTransaction();
		jdbc.sql("select pg_advisory_xact_lock(:namespace, :key)")
			.param("namespace", namespace.code())
			.param("key", key(id))
			.query(rs -> {
			});
	}

	/** Takes the lock if nobody holds it, until the current transaction ends; false, at once, if somebody does. */
	public boolean tryLock(Namespace namespace, long id) {
		requireTransaction();
		return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:namespace, :key)")
			.param("namespace", namespace.code())
			.param("key", key(id))
			.query(Boolean.class)
			.single());
	}

	/** Outside a transaction PostgreSQL would release the lock as soon as the statement ends. */
	private static void requireTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("an advisory lock is held until its transaction ends: start one first");
		}
	}

}
