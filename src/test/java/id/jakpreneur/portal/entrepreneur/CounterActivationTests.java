package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.RegistrationJourneys;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A citizen registered at the counter by an officer: nobody chooses her password; she activates the account with the
 * code on the slip the officer printed. An officer issues a new code only after checking the KTP, logged like a
 * reveal and shown to the citizen, and only in their area.
 */
@PortalWebTest
class CounterActivationTests {

	private static final String HER_PASSWORD = "Warung-Sendiri-27";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCitizenRegisteredAtTheCounterActivatesHerAccountWithTheCodeOnTheSlipOnce() throws Exception {
		Map<String, String> form = RegistrationTests.validForm();
		form.remove("password");
		form.remove("confirmPassword");
		MvcResult answer = walkIn(form)
			.andExpect(status().isOk())
			.andExpect(view().name(ActivationSlip.VIEW))
			.andExpect(content().string(containsString("Rina Marlina")))
			.andReturn();
		ActivationSlip slip = (ActivationSlip) answer.getModelAndView().getModel().get("slip");
		assertThat(answer.getResponse().getContentAsString()).contains(slip.code());
		assertThat(answer.getResponse().getHeader("Cache-Control")).contains("no-store");
		String email = form.get("email");
		assertThat(slip.loginName()).isEqualTo(email);

		mvc.perform(activate(email, "ABCD-EFGH")).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "activation.code.wrong"));
		mvc.perform(activate(email, slip.code())).andExpect(redirectedUrl("/me"));
		mvc.perform(formLogin("/login").user(email).password(HER_PASSWORD)).andExpect(redirectedUrl("/me"));
		// a code works once
		mvc.perform(activate(email, slip.code()))
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "activation.code.wrong"));
		Integer plain = jdbc.queryForObject("select count(*) from account_secret where position(? in encode(code_hash, 'escape')) > 0",
				Integer.class, slip.code().replace("-", ""));
		assertThat(plain).isZero();
	}

	@Test
	void aWalkInFormNeedsNoPasswordAndRefusesBadInputBesideItsField() throws Exception {
		Map<String, String> form = RegistrationTests.validForm();
		form.remove("password");
		form.remove("confirmPassword");
		form.put("birthDate", "tanggal");
		walkIn(form)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "birthDate"))
			.andExpect(model().attributeDoesNotExist("slip"));
		assertThat(accounts.isEmailFree(form.get("email"))).isTrue();
		// nobody chooses the citizen's password at the counter: the account page asks for none
		mvc.perform(get("/officer/entrepreneurs/new/account").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"password\""))));
	}

	@Test
	void anOfficerIssuesANewCodeOnlyAfterCheckingTheKtpAndTheCitizenSeesIt() throws Exception {
		Map<String, String> form = RegistrationTests.validForm();
		MvcResult first = walkIn(form).andReturn();
		ActivationSlip old = (ActivationSlip) first.getModelAndView().getModel().get("slip");
		String participant = (String) first.getModelAndView().getModel().get("slipBack");
		mvc.perform(post(participant + "/activation-code").with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("activationError", "officer.activation.ktpRequired"));
		ActivationSlip renewed = (ActivationSlip) mvc
			.perform(post(participant + "/activation-code").with(DemoUsers.as(accounts, Role.OFFICER))
				.with(csrf())
				.param("ktpChecked", "true"))
			.andExpect(view().name(ActivationSlip.VIEW))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("slip");
		assertThat(renewed.code()).isNotEqualTo(old.code());
		Long participantId = Long.valueOf(participant.substring(participant.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForList("select field || '/' || purpose from personal_data_access where participant_id = ?",
				String.class, participantId)).containsExactly("KTP/ACCOUNT_ACTIVATION");
		// the old code stopped working; the new one opens the account
		mvc.perform(activate(form.get("email"), old.code()))
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "activation.code.wrong"));
		mvc.perform(activate(form.get("email"), renewed.code())).andExpect(redirectedUrl("/me"));
		mvc.perform(get("/me/privacy").with(user(accounts.loadUserByUsername(form.get("email")))))
			.andExpect(content().string(containsString("Kode aktivasi akun diterbitkan ulang setelah KTP asli diperiksa")));
	}

	@Test
	void anOfficerOfAnotherAreaCannotIssueACode() throws Exception {
		MvcResult first = walkIn(RegistrationTests.validForm()).andReturn();
		String participant = (String) first.getModelAndView().getModel().get("slipBack");
		String south = "selatan-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(south, "Petugas Selatan", Role.OFFICER, "Petugas-Selatan-1", Set.of("31.74"), false));
		mvc.perform(post(participant + "/activation-code").with(user(accounts.loadUserByUsername(south)))
			.with(csrf())
			.param("ktpChecked", "true")).andExpect(status().isNotFound());
	}

	/** The counter's registration journey walked by the officer of Jakarta Pusat, up to its last answer. */
	private ResultActions walkIn(Map<String, String> form) throws Exception {
		return RegistrationJourneys.counter(mvc, r -> r.with(DemoUsers.as(accounts, Role.OFFICER)), form);
	}

	private static MockHttpServletRequestBuilder activate(String login, String code) {
		return post("/activate").with(csrf())
			.param("loginName", login)
			.param("code", code)
			.param("newPassword", HER_PASSWORD)
			.param("confirmPassword", HER_PASSWORD);
	}

}
