package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spring Security observes nothing of its own (decision 132): no timer per filter of the chain, per login or per
 * authorisation, which cost every request a twentieth of its CPU and which no dashboard or alert reads. The
 * requests themselves are still timed per route (docs/operations.md, "Metrics").
 */
@PortalWebTest
class SecurityObservationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@Test
	void aLoginAndAPageLeaveNoSecurityObservations() throws Exception {
		mvc.perform(formLogin().user(DemoUsers.emailOf(Role.ENTREPRENEUR)).password(DemoUsers.PASSWORD))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/login")).andExpect(status().isOk());

		assertThat(meters.getMeters())
			.as("meters of Spring Security's observations")
			.noneMatch(meter -> meter.getId().getName().startsWith("spring.security."));
	}

}
