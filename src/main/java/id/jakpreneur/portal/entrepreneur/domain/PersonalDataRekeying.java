package id.jakpreneur.portal.entrepreneur.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.query.PersonalDataQueries;
import id.jakpreneur.portal.entrepreneur.query.RekeyRun;
import id.jakpreneur.portal.shared.AdvisoryLocks;
import id.jakpreneur.portal.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every NIK and KK ciphertext to the current key and format (bound to its participant and field), in the
 * background, after a key rotation and once after the upgrade that introduced key ids (docs/security.md).
 * <p>
 * An administrator starts a run; it works in batches of {@code reencryption-batch} participants by ascending id,
 * one short transaction each under an advisory lock, and saves its cursor after every batch. Only values that do
 * not already start with the current key's head are read, so a second run (or a run after a crash) finds only what
 * is left: the work is idempotent. A run interrupted by a restart is resumed when the portal starts again; one
 * unfinished run at a time. A value no configured key reads is counted as unreadable and left as it is (its
 * participant id and field are logged, never the value). Rows are written by SQL without touching the
 * participant's version: an edit that loaded the row before and saves after writes back the older ciphertext,
 * which stays readable and is taken by the next run.
 */
@Service
public class PersonalDataRekeying implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRekeying.class);

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final PersonalDataQueries queries;

	private final AdvisoryLocks locks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private volatile boolean stopping;

	PersonalDataRekeying(JdbcClient jdbc, PersonalDataCipher cipher, PersonalDataQueries queries, AdvisoryLocks locks,
			PlatformTransactionManager transactionManager, Clock clock, PersonalDataSettings settings) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.queries = queries;
		this.locks = locks;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.batchSize = Math.max(1, settings.reencryptionBatch());
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(1);
		executor.setThreadNamePrefix("personal-data-rekey-");
		executor.setThreadPriority(Thread.MIN_PRIORITY);
		executor.setDaemon(true);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		executor.initialize();
	}

	/**
	 * Starts a run to the current key, or goes on with the unfinished one; returns its id at once.
	 */
	public long start(PortalUser admin) {
		if (admin.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		long id = transactions.execute(status -> {
			// a run for another key (the configuration changed since) starts again from the first participant
			jdbc.sql("update personal_data_rekey set finished_at = :now where finished_at is null and key_id <> :key")
				.param("now", Timestamp.from(clock.instant()))
				.param("key", cipher.currentKeyId())
				.update();
			return queries.openRekeyRun().map(RekeyRun::id).orElseGet(() -> jdbc.sql("""
					insert into personal_data_rekey (key_id, started_by, started_at, heartbeat_at)
					values (:key, :admin, :now, :now) on conflict do nothing returning id
					""")
				.param("key", cipher.currentKeyId())
				.param("admin", admin.accountId())
				.param("now", Timestamp.from(clock.instant()))
				.query(Long.class)
				.optional()
				.orElseGet(() -> queries.openRekeyRun().orElseThrow().id()));
		});
		submit(id);
		return id;
	}

	/** Goes on with a run that a stopped portal left unfinished. */
	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		queries.openRekeyRun().filter(run -> run.keyId() == cipher.currentKeyId()).ifPresent(run -> {
			log.info("Resuming NIK/KK re-encryption run {} after participant {}", run.id(), run.cursorId());
			submit(run.id());
		});
	}

	@Override
	public void destroy() {
		stopping = true;
		executor.shutdown();
	}

	private void submit(long runId) {
		try {
			executor.execute(() -> run(runId));
		}
		catch (TaskRejectedException ex) {
			// a worker of this portal is already on it (or queued): it reads the cursor batch by batch
			log.debug("Re-encryption run {} is already being worked on", runId);
		}
	}

	private void run(long runId) {
		try {
			boolean more = true;
			while (more && !stopping) {
				more = Boolean.TRUE.equals(transactions.execute(status -> batch(runId)));
			}
		}
		catch (RuntimeException ex) {
			log.warn("NIK/KK re-encryption run {} stopped: {}; start it again to go on", runId, ex.toString());
		}
	}

	/** One batch; false when the run is finished or another worker holds the lock. */
	private boolean batch(long runId) {
		if (!locks.tryLock(AdvisoryLocks.Namespace.PERSONAL_DATA_REKEY, 0)) {
			return false;
		}
		Optional<RekeyRun> open = queries.openRekeyRun().filter(run -> run.id() == runId);
		if (open.isEmpty()) {
			return false;
		}
		List<StoredNumbers> rows = jdbc.sql("""
				select id, nik_encrypted, kk_encrypted from participant
				where id > :cursor and erased_at is null
				  and not (substring(nik_encrypted from 1 for 4) = :head and substring(kk_encrypted from 1 for 4) = :head)
				order by id limit :batch for update
				""")
			.param("cursor", open.get().cursorId())
			.param("head", cipher.currentHead())
			.param("batch", batchSize)
			.query((rs, n) -> new StoredNumbers(rs.getLong("id"), rs.getBytes("nik_encrypted"),
					rs.getBytes("kk_encrypted")))
			.list();
		int rewritten = 0;
		int unreadable = 0;
		for (StoredNumbers row : rows) {
			if (rewrite(row)) {
				rewritten++;
			}
			else {
				unreadable++;
			}
		}
		boolean done = rows.isEmpty();
		jdbc.sql("""
				update personal_data_rekey set cursor_id = :cursor, rewritten = rewritten + :rewritten,
				  unreadable = unreadable + :unreadable, heartbeat_at = :now,
				  finished_at = case when :done then cast(:now as timestamptz) end
				where id = :run
				""")
			.param("cursor", done ? open.get().cursorId() : rows.get(rows.size() - 1).id())
			.param("rewritten", rewritten)
			.param("unreadable", unreadable)
			.param("now", Timestamp.from(clock.instant()))
			.param("done", done)
			.param("run", runId)
			.update();
		if (done) {
			log.info("NIK/KK re-encryption run {} finished", runId);
		}
		return !done;
	}

	/** Re-encrypts one participant's two numbers; false (and nothing written) when one of them is unreadable. */
	private boolean rewrite(StoredNumbers row) {
		String nik = cipher.decryptOrNull(row.nik(), row.id(), PersonalDataField.NIK);
		String kk = cipher.decryptOrNull(row.kk(), row.id(), PersonalDataField.KK);
		if (nik == null || kk == null) {
			return false;
		}
		jdbc.sql("update participant set nik_encrypted = :nik, kk_encrypted = :kk where id = :id")
			.param("nik", cipher.isCurrent(row.nik(), row.id(), PersonalDataField.NIK) ? row.nik()
					: cipher.encrypt(nik, row.id(), PersonalDataField.NIK))
			.param("kk", cipher.isCurrent(row.kk(), row.id(), PersonalDataField.KK) ? row.kk()
					: cipher.encrypt(kk, row.id(), PersonalDataField.KK))
			.param("id", row.id())
			.update();
		return true;
	}

	private record StoredNumbers(long id, byte[] nik, byte[] kk) {
	}

}
