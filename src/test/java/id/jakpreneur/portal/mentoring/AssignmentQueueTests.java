package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import id.jakpreneur.portal.mentoring.query.QueuePosition;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one mentor-assignment queue: the old address under assessment answers with it (keeping the track filter), an
 * officer sees only their area, a track filter keeps only that track, the order is by track and longest waiting,
 * and a participant whose P3 is already completed is not in it. (Moved here with the assessment module's former
 * offset-paged queue.)
 */
@PortalWebTest
class AssignmentQueueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Assessing assessing;

	@Autowired
	AssignmentQueries queue;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private PortalUser officer;

	@BeforeEach
	void setUp() {
		officer = FreshParticipants.demo(accounts, Role.OFFICER);
	}

	private static String link(long participantId) {
		return "/officer/assignments/" + participantId + "\"";
	}

	private List<Long> queued(PortalUser user, Track track) {
		return queue.queue(user, track, null, null, 0, 2000)
			.content()
			.stream()
			.map(e -> e.mentee().participantId())
			.toList();
	}

	@Test
	void theOldQueueAddressAnswersWithTheOneQueueKeepingTheTrack() throws Exception {
		mvc.perform(get("/officer/assessments/queue").param("track", "LEGALITY_AND_STANDARDS").with(user(officer)))
			.andExpect(redirectedUrl("/officer/assignments?track=LEGALITY_AND_STANDARDS"));
		mvc.perform(get("/officer/assessments/queue").with(user(officer)))
			.andExpect(redirectedUrl("/officer/assignments"));
	}

	@Test
	void theMentorQueueShowsOnlyTheOfficersAreaByTrack() throws Exception {
		Fresh gambir = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());
		Fresh tebet = FreshParticipants.register(registration, accounts, FreshParticipants.TEBET,
				FreshParticipants.kuliner());
		assessing.selfAssess(gambir.user(), FreshParticipants.answers(Map.of()));
		assessing.selfAssess(tebet.user(), FreshParticipants.answers(Map.of()));

		mvc.perform(get("/officer/assignments").param("track", "LEGALITY_AND_STANDARDS")
			.param("after", MentoringFixtures.justBefore(jdbc, gambir.id())).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(link(gambir.id()))));
		mvc.perform(get("/officer/assignments").param("track", "LEGALITY_AND_STANDARDS")
			.param("after", MentoringFixtures.justBefore(jdbc, tebet.id())).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(link(tebet.id())))));
		mvc.perform(get("/officer/assignments").param("track", "EXPANSION")
			.param("after", MentoringFixtures.justBefore(jdbc, gambir.id())).with(user(officer)))
			.andExpect(content().string(not(containsString(link(gambir.id())))));
		assertThat(queued(FreshParticipants.demo(accounts, Role.ADMIN), Track.LEGALITY_AND_STANDARDS))
			.contains(gambir.id(), tebet.id());
		List<Long> officers = queued(officer, null);
		assertThat(officers).contains(gambir.id()).doesNotContain(tebet.id());

		List<QueuePosition> order = queue.queue(officer, null, null, null, 0, 2000)
			.content()
			.stream()
			.map(e -> QueuePosition.of(e.mentee()))
			.toList();
		for (int i = 1; i < order.size(); i++) {
			QueuePosition a = order.get(i - 1);
			QueuePosition b = order.get(i);
			assertThat(a.track().name().compareTo(b.track().name()) < 0 || a.track() == b.track()
					&& (a.waitingSince().isBefore(b.waitingSince()) || a.waitingSince().equals(b.waitingSince())
							&& a.participantId() < b.participantId()))
				.as("grouped by track, longest waiting first, at %d", i)
				.isTrue();
		}
	}

	@Test
	void aParticipantWhoseMentoringStepIsCompletedIsNotInTheQueue() {
		Fresh p = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());
		transactions.executeWithoutResult(status -> publisher
			.publishEvent(new StepCompleted(p.id(), StepCode.P3, "Pendampingan 6 sesi", Instant.now())));

		assertThat(queued(officer, null)).doesNotContain(p.id());
	}

}
