package id.jakpreneur.portal.eorder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.eorder.OrderSettled;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A participant's first settled e-Order (receipt confirmed by the buyer, payment recorded) completes P5 Pemasaran,
 * exactly once per participant (decision 123): {@code eorder_p5_completion} holds one row per participant, and only
 * an actual insert publishes {@link StepCompleted}, with the buyer's confirmation as evidence (the organisation, the
 * amount, the day of receipt). Runs in the transaction that settled the order, so the completion, its re-assessment
 * and the order commit or fail together. A participant whose P5 an outlet sale completed before gets this completion
 * too, as a second certificate does for P2: the step stays completed and shows its latest evidence.
 */
@Component
class EOrderStepCompletion {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	EOrderStepCompletion(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@EventListener
	void on(OrderSettled settled) {
		List<Instant> completed = jdbc.sql("""
				insert into eorder_p5_completion (participant_id, order_id) values (:participantId, :orderId)
				on conflict do nothing returning completed_at
				""")
			.param("participantId", settled.participantId())
			.param("orderId", settled.orderId())
			.query((rs, n) -> rs.getTimestamp("completed_at").toInstant())
			.list();
		if (!completed.isEmpty()) {
			LocalDate received = LocalDate.ofInstant(settled.receivedAt(), Jakarta.ZONE);
			events.publishEvent(new StepCompleted(settled.participantId(), StepCode.P5,
					Evidence.of("evidence.P5.eOrder", settled.organisationName(), Rupiah.format(settled.amount()),
							NoticeDates.day(received)),
					completed.get(0)));
		}
	}

}
