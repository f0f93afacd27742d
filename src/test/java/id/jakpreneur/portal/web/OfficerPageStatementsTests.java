package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The officer's pages and the dashboard cost a fixed, small number of statements, whatever the area holds (issue 20,
 * decision 116): the participant page reads the participant once (it read it twice), the home counts each tray with
 * one statement whatever waits, the dashboard reads its summaries in the same statements whatever the data.
 */
@PortalWebTest
class OfficerPageStatementsTests {

	/**
	 * Measured with the participant read once (it was 12 when the page read her twice): the participant, profile history,
	 * reveal log, the panels' reads, the bell and the request's own account and session reads.
	 */
	static final long PARTICIPANT_PAGE = 11;

	/** Measured: one count per tray-giving module (two for outlets), the bell, the account and session reads. */
	static final long OFFICER_HOME = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	SummaryRefresh summaries;

	private long statementsFor(String url, Role role) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(url).with(DemoUsers.as(accounts, role))).andExpect(status().isOk());
		return QueryCounter.count();
	}

	@Test
	void theParticipantPageReadsTheParticipantOnce() throws Exception {
		long id = registration.register(Citizens.runningKuliner(Citizens.email("statements"), "31.71.01.1003"));
		long statements = statementsFor("/officer/entrepreneurs/" + id, Role.OFFICER);
		assertThat(statements).as("statements of the officer's participant page").isLessThanOrEqualTo(PARTICIPANT_PAGE);
		assertThat(statementsFor("/officer/entrepreneurs/" + id, Role.ADMIN)).as("the same page for an administrator")
			.isEqualTo(statements);
	}

	@Test
	void theOfficerHomeAndTheDashboardCostTheSameWithMoreWaiting() throws Exception {
		registration.register(Citizens.runningKuliner(Citizens.email("statements"), "31.71.01.1003"));
		summaries.refresh();
		long home = statementsFor("/officer", Role.OFFICER);
		long dashboard = statementsFor("/admin/dashboard", Role.ADMIN);
		for (int i = 0; i < 20; i++) {
			registration.register(Citizens.runningKuliner(Citizens.email("statements"), "31.71.01.1003"));
		}
		summaries.refresh(); // the dashboard keeps its figures until the summaries are rebuilt (decision 128)
		assertThat(statementsFor("/officer", Role.OFFICER)).as("officer home").isEqualTo(home)
			.isLessThanOrEqualTo(OFFICER_HOME);
		assertThat(statementsFor("/admin/dashboard", Role.ADMIN)).as("province dashboard").isEqualTo(dashboard);
	}

}
