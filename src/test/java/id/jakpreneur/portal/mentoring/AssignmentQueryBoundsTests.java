package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The assignment pages cost the same few SQL statements whatever the number of mentors or participants: the
 * candidates of a page come from one statement, never one per mentor or per row.
 */
@PortalWebTest
class AssignmentQueryBoundsTests {

	/** Session, security and the bell included; the pages themselves need two to four. */
	static final int MAX_STATEMENTS = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	AccountActivation activations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Assessing assessing;

	@Autowired
	Assessments assessments;

	@Autowired
	MentorManagement mentors;

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request).andExpect(status().isOk());
		QueryCounter.reset();
		mvc.perform(request).andExpect(status().isOk());
		return QueryCounter.count();
	}

	@Test
	void theAssignPageAndTheQueueCostTheSameStatementsForOneMentorOrTwenty() throws Exception {
		PortalUser officer = FreshParticipants.demo(accounts, Role.OFFICER);
		Fresh participant = MentoringFixtures.waiting(registration, accounts, assessing, "31.71.07.1001");
		Track track = assessments.latest(participant.id()).orElseThrow().track();
		MentoringFixtures.mentor(mentors, activations, accounts, officer, "Tanah Abang 0", Set.of(track), Set.of("31.71.07"), 5);
		MockHttpServletRequestBuilder page = get("/officer/assignments/" + participant.id()).with(user(officer));
		long pageWithOne = statements(page);
		long queueOfOne = statements(get("/officer/assignments").param("size", "1").with(user(officer)));

		for (int i = 1; i < 20; i++) {
			MentoringFixtures.mentor(mentors, activations, accounts, officer, "Tanah Abang " + i, Set.of(track, Track.EXPANSION),
					Set.of("31.71.07", "31.71.08"), 5 + i);
		}
		long pageWithTwenty = statements(page);
		long queueOfTwenty = statements(get("/officer/assignments").param("size", "20").with(user(officer)));

		assertThat(pageWithTwenty).isEqualTo(pageWithOne).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(queueOfTwenty).isEqualTo(queueOfOne).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void theMentorsHomeAndTheMenteesPageCostTheSameForOneMenteeOrSeveral() throws Exception {
		PortalUser officer = FreshParticipants.demo(accounts, Role.OFFICER);
		Fresh first = MentoringFixtures.waiting(registration, accounts, assessing, "31.71.07.1001");
		MentoringFixtures.Created mentor = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Banyak Peserta",
				java.util.EnumSet.allOf(Track.class), Set.of("31.71.07"), 10);
		Assignments assignments = assignmentsBean;
		assignments.assign(officer, first.id(), mentor.id());
		long homeWithOne = statements(get("/mentor").with(user(mentor.login())));
		for (int i = 0; i < 4; i++) {
			Fresh next = MentoringFixtures.waiting(registration, accounts, assessing, "31.71.07.1001");
			assignments.assign(officer, next.id(), mentor.id());
		}
		long homeWithFive = statements(get("/mentor").with(user(mentor.login())));
		assertThat(homeWithFive).isEqualTo(homeWithOne).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(statements(get("/me/mentoring").with(user(first.user())))).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Autowired
	Assignments assignmentsBean;

}
