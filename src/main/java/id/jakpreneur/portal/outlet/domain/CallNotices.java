package id.jakpreneur.portal.outlet.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces new outlet calls to the participants they fit ({@code OUTLET_CALL_FITS}), every
 * {@code jakpreneur.outlet.call-notice-interval} (default five minutes), outside the officer's request that opened
 * the call: finding who fits checks each likely participant's eligibility in full. Each call is announced once, in
 * its own transaction, which marks it ({@code outlet_call.fits_noticed_at}); a call whose applications already
 * closed is marked without a word. The notices' dedupe keys make a repeated announcement a no-op as well.
 */
@Component
public class CallNotices implements ScheduledJob {

	private final JdbcClient jdbc;

	private final OutletNotices notices;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration interval;

	CallNotices(JdbcClient jdbc, OutletNotices notices, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${jakpreneur.outlet.call-notice-interval:PT5M}") Duration interval) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.interval = interval;
	}

	@Override
	public String name() {
		return "outlet.call-notices";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(interval, interval).longestRun(Duration.ofMinutes(30));
	}

	@Override
	public String run() {
		List<Long> pending = jdbc.sql("select id from outlet_call where fits_noticed_at is null order by id limit 50")
			.query(Long.class)
			.list();
		int sent = 0;
		for (long callId : pending) {
			sent += announce(callId);
		}
		return pending.isEmpty() ? "" : pending.size() + " call(s), " + sent + " notice(s)";
	}

	/** Announces one call if it is not yet; returns how many notices were new. */
	public int announce(long callId) {
		Integer sent = transactions.execute(status -> {
			LocalDate applyUntil = jdbc.sql("""
					select apply_until from outlet_call where id = :id and fits_noticed_at is null for update
					""").param("id", callId).query(LocalDate.class).optional().orElse(null);
			if (applyUntil == null) {
				return 0;
			}
			int n = applyUntil.isBefore(LocalDate.now(clock)) ? 0 : notices.callOpened(callId);
			jdbc.sql("update outlet_call set fits_noticed_at = :now where id = :id")
				.param("now", java.sql.Timestamp.from(clock.instant()))
				.param("id", callId)
				.update();
			return n;
		});
		return sent == null ? 0 : sent;
	}

}
