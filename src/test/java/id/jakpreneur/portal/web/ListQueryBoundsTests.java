package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * List pages cost the same few statements whether a page shows one row or a full page of rows: no query per
 * row. (The 1,000,000-row figures are in docs/performance.md.)
 */
@PortalWebTest
class ListQueryBoundsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	private long statementsFor(String url, Role role) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(url).with(DemoUsers.as(accounts, role))).andExpect(status().isOk());
		return QueryCounter.count();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/officer/entrepreneurs", "/officer/entrepreneurs?name=dewi", "/officer/registrations",
			"/admin/users?size=25", "/admin/users?size=25&q=a&role=ENTREPRENEUR" })
	void aListPageCostsTheSameStatementsForOneRowOrAFullPage(String url) throws Exception {
		Role role = url.startsWith("/admin") ? Role.ADMIN : Role.OFFICER;
		registration.register(Citizens.runningKuliner(Citizens.email("bounds"), "31.71.01.1003"));
		long few = statementsFor(url, role);
		for (int i = 0; i < 30; i++) {
			registration.register(Citizens.runningKuliner(Citizens.email("bounds"), "31.71.01.1003"));
		}
		long many = statementsFor(url, role);
		assertThat(many).as("statements with 30 more rows").isEqualTo(few);
		assertThat(many).as("statements per request").isLessThanOrEqualTo(6);
	}

}
