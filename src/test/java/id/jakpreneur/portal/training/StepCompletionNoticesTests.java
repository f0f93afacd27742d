package id.jakpreneur.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.reporting.domain.FinancialReportingCompleted;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A certificate completes P2 and a run of monthly reports completes P6, through the assessment module. */
@PortalWebTest
class StepCompletionNoticesTests {

	@Autowired
	Registration registration;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private String stepStatus(long participantId, String step) {
		return jdbc.queryForObject("select status from participant_step where participant_id = ? and step = ?",
				String.class, participantId, step);
	}

	@Test
	void aCertificateCompletesTrainingAndReportsCompleteFinancialReporting() {
		long id = registration.register(Citizens.runningKuliner(Citizens.email("langkah"), "31.71.01.1003"));
		transactions.executeWithoutResult(
				tx -> events.publishEvent(new TrainingCertified(id, 42, "JP/P2/2026/42/" + id, Instant.now())));
		assertThat(stepStatus(id, "P2")).isEqualTo("COMPLETED");
		transactions.executeWithoutResult(
				tx -> events.publishEvent(new FinancialReportingCompleted(id, 3, Instant.now())));
		assertThat(stepStatus(id, "P6")).isEqualTo("COMPLETED");
		assertThat(jdbc.queryForObject(
				"select evidence from participant_step_completion where participant_id = ? and step = 'P2'",
				String.class, id)).contains("JP/P2/2026/42/");
	}

}
