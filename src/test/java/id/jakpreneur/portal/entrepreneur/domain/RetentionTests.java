package id.jakpreneur.portal.entrepreneur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention schedule with a clock that moves: a participant is anonymised once she has been inactive for the
 * configured years, not a day before, and each run leaves a report row. The clock stands years back, so no
 * participant of the suite's shared database but the two made here can look inactive that long.
 */
@PortalWebTest
class RetentionTests {

	private static final Instant HER_LAST_ACTIVITY = Instant.parse("2009-03-01T02:00:00Z");

	private static final Instant OTHER_LAST_ACTIVITY = Instant.parse("2011-03-01T02:00:00Z");

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	Erasure erasure;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RetentionJob job;

	private final MovingClock clock = new MovingClock(Instant.parse("2013-06-01T19:30:00Z"));

	@Test
	void aParticipantInactiveForTheConfiguredYearsIsAnonymisedByTheNightlyRunAndNotBefore() {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered her = people.registerValidated("Retensi Lama", "31.71.01.1001", Sector.KULINER);
		TestParticipants.Registered other = people.registerValidated("Retensi Baru", "31.71.01.1001", Sector.KULINER);
		lastActive(her.id(), HER_LAST_ACTIVITY);
		lastActive(other.id(), OTHER_LAST_ACTIVITY);
		Retention retention = new Retention(holders, erasure,
				new RetentionSettings(Period.ofYears(5), Period.ofYears(2), "-", 500, Duration.ofHours(72)), jdbcClient,
				clock);

		// four years and three months after her last activity: kept
		assertThat(retention.run()).doesNotContainKey(Retention.ANONYMISED);
		assertThat(erased(her.id())).isFalse();

		clock.advance(Duration.ofDays(365));
		Map<String, Integer> done = retention.run();
		assertThat(done).containsEntry(Retention.ANONYMISED, 1);
		assertThat(erased(her.id())).isTrue();
		assertThat(erased(other.id())).as("active two years later").isFalse();
		assertThat(jdbc.queryForObject("select full_name from participant where id = ?", String.class, her.id()))
			.isNotEqualTo("Retensi Lama");
		assertThat(accounts.findIdByLoginName(her.email())).isEmpty();

		clock.advance(Duration.ofDays(2 * 365));
		assertThat(retention.run()).containsEntry(Retention.ANONYMISED, 1);
		assertThat(erased(other.id())).isTrue();
		assertThat(jdbc.queryForList("""
				select counts ->> 'participants anonymised' from retention_run
				where started_at between ? and ? order by started_at
				""", String.class, Timestamp.from(Instant.parse("2013-01-01T00:00:00Z")), Timestamp.from(clock.instant())))
			.containsExactly(null, "1", "1");
		assertThat(job.schedule().cron()).isEqualTo("0 30 2 * * *");
	}

	/** Her registration, validation and assessment all happened then; she never logged in since. */
	private void lastActive(long participantId, Instant at) {
		Timestamp then = Timestamp.from(at);
		jdbc.update("update participant set registered_at = ?, validated_at = ? where id = ?", then, then, participantId);
		jdbc.update("update assessment_current set assessed_at = ? where participant_id = ?", then, participantId);
		jdbc.update("""
				update account set last_login_at = null where id = (select account_id from participant where id = ?)
				""", participantId);
	}

	private boolean erased(long participantId) {
		return jdbc.queryForObject("select erased_at is not null from participant where id = ?", Boolean.class,
				participantId);
	}

	/** A clock in Jakarta's zone that moves only when the test says. */
	static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return Jakarta.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
