package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Erasure;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import id.jakpreneur.portal.mentoring.query.QueueEntry;
import id.jakpreneur.portal.mentoring.query.QueuePosition;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An erased participant (decision 109) is not offered for mentor assignment: not in the queue, its count or a bulk
 * preview.
 */
@PortalWebTest
class ErasedMenteeQueueTests {

	@Autowired
	Registration registration;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Assessing assessing;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AssignmentQueries queue;

	@Autowired
	Erasure erasure;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anErasedParticipantWaitsForNoMentor() {
		Fresh her = MentoringFixtures.waiting(registration, accounts, assessing, MentoringFixtures.KEMAYORAN);
		TestParticipants people = new TestParticipants(registration, records, accounts);
		PortalUser officer = people.user(people.officer(MentoringFixtures.KEMAYORAN.substring(0, 8)));
		long waiting = queue.countWaiting(officer).mentees();
		assertThat(firstAtHerPlace(officer, her.id())).isEqualTo(her.id());
		assertThat(queue.preview(officer, List.of(her.id()))).hasSize(1);

		erasure.eraseParticipant(her.id(), false);

		assertThat(firstAtHerPlace(officer, her.id())).isNotEqualTo(her.id());
		assertThat(queue.countWaiting(officer).mentees()).isEqualTo(waiting - 1);
		assertThat(queue.preview(officer, List.of(her.id()))).isEmpty();
	}

	/** The first of the queue from just before her position (0: none): she is first while she waits. */
	private long firstAtHerPlace(PortalUser admin, long participantId) {
		var standing = jdbc.queryForMap(
				"select track, waiting_since from participant_standing where participant_id = ?", participantId);
		Track track = Track.valueOf((String) standing.get("track"));
		QueuePosition before = new QueuePosition(track, ((Timestamp) standing.get("waiting_since")).toInstant(),
				participantId - 1);
		List<QueueEntry> entries = queue.queue(admin, track, before, null, 1, 1).content();
		return entries.isEmpty() ? 0 : entries.get(0).mentee().participantId();
	}

}
