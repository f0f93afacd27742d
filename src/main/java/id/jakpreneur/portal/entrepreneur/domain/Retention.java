package id.jakpreneur.portal.entrepreneur.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RetentionSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention schedule applied (decision 110): participants inactive for {@code inactive-participants} are
 * anonymised like an erasure (unless a module must keep their data), then every {@link PersonalDataHolder} ages out
 * what it keeps with a time limit (documents after their step). One row of {@code retention_run} says what was done.
 * Activity is the latest of: registration, validation, a profile change, a login, an assessment (every step
 * completed in any module re-assesses).
 */
@Service
public class Retention {

	static final String ANONYMISED = "participants anonymised";

	private final List<PersonalDataHolder> holders;

	private final Erasure erasure;

	private final RetentionSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	Retention(List<PersonalDataHolder> holders, Erasure erasure, RetentionSettings settings, JdbcClient jdbc,
			Clock clock) {
		this.holders = List.copyOf(holders);
		this.erasure = erasure;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One run, in one transaction; returns what was done by kind (also written to {@code retention_run}). */
	@Transactional
	public Map<String, Integer> run() {
		Instant started = clock.instant();
		RetentionSchedule schedule = settings.schedule();
		Map<String, Integer> counts = new TreeMap<>();
		Instant cutoff = started.atZone(clock.getZone()).minus(schedule.inactiveParticipants()).toInstant();
		for (long participantId : inactiveSince(cutoff)) {
			if (erasure.holds(participantId).isEmpty()) {
				erasure.eraseParticipant(participantId, false);
				counts.merge(ANONYMISED, 1, Integer::sum);
			}
		}
		for (PersonalDataHolder holder : holders) {
			holder.applyRetention(schedule, started)
				.forEach((kind, count) -> counts.merge(holder.name() + ": " + kind, count, Integer::sum));
		}
		jdbc.sql("""
				insert into retention_run (started_at, finished_at, counts)
				values (:started, :finished, cast(:counts as jsonb))
				""")
			.param("started", Timestamp.from(started))
			.param("finished", Timestamp.from(clock.instant()))
			.param("counts", json(counts))
			.update();
		return counts;
	}

	private List<Long> inactiveSince(Instant cutoff) {
		return jdbc.sql("""
				select p.id from participant p
				left join account_directory a on a.id = p.account_id
				left join participant_standing s on s.participant_id = p.id
				where p.erased_at is null and p.registered_at < :cutoff
				  and coalesce(p.validated_at, p.registered_at) < :cutoff
				  and (a.last_login_at is null or a.last_login_at < :cutoff)
				  and (s.assessed_at is null or s.assessed_at < :cutoff)
				  and not exists (select 1 from participant_change c where c.participant_id = p.id
				                  and c.changed_at >= :cutoff)
				order by p.id limit :batch
				""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("batch", settings.batch())
			.query(Long.class)
			.list();
	}

	static String json(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map(e -> "\"" + e.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\": " + e.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

}
