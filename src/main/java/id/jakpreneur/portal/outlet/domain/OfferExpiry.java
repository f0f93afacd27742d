package id.jakpreneur.portal.outlet.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Offers not confirmed by their deadline expire and go to the next on the waiting list. A scheduled job (every
 * {@code jakpreneur.outlet.offer-expiry-interval}, default one minute) does it, each offer in its own transaction so
 * one failure does not hold back the others; confirming after the deadline is refused on the spot as well.
 * It runs once per interval across instances ({@link ScheduledJob}); were two runs to meet, each offer is
 * re-checked under its row lock anyway.
 */
@Component
public class OfferExpiry implements ScheduledJob {

	private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);

	private final JdbcClient jdbc;

	private final Bookings bookings;

	private final Clock clock;

	private final Duration interval;

	OfferExpiry(JdbcClient jdbc, Bookings bookings, Clock clock,
			@Value("${jakpreneur.outlet.offer-expiry-interval:PT1M}") Duration interval) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.interval = interval;
	}

	@Override
	public String name() {
		return "outlet.offer-expiry";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(interval, interval);
	}

	@Override
	public String run() {
		int expired = expireDue();
		return expired == 0 ? "" : expired + " offer(s) expired";
	}

	/** Expires every offer past its deadline (500 per run); returns how many this run expired. */
	public int expireDue() {
		List<Long> due = jdbc.sql("""
				select id from outlet_application where status = 'OFFERED' and confirm_by < :now
				order by confirm_by, id limit 500
				""").param("now", Timestamp.from(clock.instant())).query(Long.class).list();
		int expired = 0;
		for (long id : due) {
			try {
				if (bookings.expireIfDue(id)) {
					expired++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Offer {} could not be expired now ({}); the next run tries again", id,
						ex.getClass().getSimpleName());
			}
		}
		return expired;
	}

}
