package id.jakpreneur.portal.notification.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's depth for the metrics ({@code jakpreneur.notification.outbox}, tag {@code status}): messages waiting
 * to be sent (QUEUED) and given up (FAILED), counted in the database, so every instance reports the same.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	OutboxMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : new String[] { "QUEUED", "FAILED" }) {
			Gauge.builder("jakpreneur.notification.outbox", () -> count(status))
				.description("Outbox messages by status (QUEUED: waiting to be sent, FAILED: given up)")
				.tag("status", status)
				.register(registry);
		}
	}

	private long count(String status) {
		return jdbc.sql("select count(*) from outbox_message where status = :status")
			.param("status", status)
			.query(Long.class)
			.single();
	}

}
