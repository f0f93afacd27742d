package id.jakpreneur.portal.training.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificates are dated when a class's last session ends, so attendance typed during that session issues nothing;
 * every hour this job issues what classes that ended in the last {@value #LOOKBACK_DAYS} days have earned and not
 * yet given (each class in its own transaction). Attendance saved after the end issues at once.
 */
@Component
public class CertificateIssuing implements ScheduledJob {

	static final int LOOKBACK_DAYS = 31;

	private final JdbcClient jdbc;

	private final ClassQueries queries;

	private final TrainingCertificates certificates;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String cron;

	CertificateIssuing(JdbcClient jdbc, ClassQueries queries, TrainingCertificates certificates,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${jakpreneur.training.certificate-cron:0 5 * * * *}") String cron) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.certificates = certificates;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "training.certificate-issuing";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.cron(cron).longestRun(Duration.ofMinutes(30));
	}

	@Override
	public String run() {
		int issued = issueEnded();
		return issued == 0 ? "" : issued + " certificate(s)";
	}

	/** Issues the certificates of recently ended classes; returns how many. */
	public int issueEnded() {
		LocalDate today = LocalDate.now(clock);
		List<Long> ended = jdbc.sql("""
				select s.class_id from training_session s
				group by s.class_id
				having max(s.session_date) between :from and :today
				   and exists (select 1 from training_enrolment e where e.class_id = s.class_id and e.status = 'ENROLLED'
				               and not exists (select 1 from training_certificate c
				                               where c.class_id = e.class_id and c.participant_id = e.participant_id))
				order by s.class_id
				""")
			.param("from", today.minusDays(LOOKBACK_DAYS))
			.param("today", today)
			.query(Long.class)
			.list();
		int issued = 0;
		for (long classId : ended) {
			Integer n = transactions.execute(status -> {
				ClassSummary summary = queries.find(classId);
				return summary == null ? 0 : certificates.issueEarned(summary);
			});
			issued += n == null ? 0 : n;
		}
		return issued;
	}

}
