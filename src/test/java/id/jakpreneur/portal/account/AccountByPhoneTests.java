package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import id.jakpreneur.portal.account.domain.PhoneTakenException;
import id.jakpreneur.portal.support.PortalWebTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts by mobile number (decision 87): the number is a login however it is written, one number is one account,
 * failed logins count against the number whatever its spelling, and the person's preferences on {@code /account}.
 */
@PortalWebTest
class AccountByPhoneTests {

	private static final String PASSWORD = "Nomor-Telepon-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMobileNumberLogsInHoweverItIsWritten() throws Exception {
		String local = newNumber();
		long id = accounts.open(new NewAccount(null, local, "Ani Telepon", Role.ENTREPRENEUR, PASSWORD, Set.of(), false));
		String digits = local.substring(1);
		assertThat(jdbc.queryForObject("select phone from account where id = ?", String.class, id))
			.isEqualTo("+62" + digits);
		for (String typed : new String[] { local, "62" + digits, "+62 " + digits.substring(0, 3) + " "
				+ digits.substring(3), "0" + digits.substring(0, 3) + "-" + digits.substring(3) }) {
			mvc.perform(formLogin("/login").user(typed).password(PASSWORD)).andExpect(redirectedUrl("/me"));
		}
		assertThat(accounts.findIdByLoginName("+62" + digits)).contains(id);
		assertThat(accounts.findIdByLoginName("0800")).isEmpty();
	}

	@Test
	void oneNumberIsOneAccountAndAnAccountNeedsAnEmailOrANumber() {
		String local = newNumber();
		accounts.open(new NewAccount(null, local, "Pertama", Role.ENTREPRENEUR, PASSWORD, Set.of(), false));
		assertThatThrownBy(() -> accounts.open(new NewAccount("kedua-" + local + "@example.id",
				"+62" + local.substring(1), "Kedua", Role.ENTREPRENEUR, PASSWORD, Set.of(), false)))
			.isInstanceOf(PhoneTakenException.class);
		assertThat(accounts.isPhoneFree(local)).isFalse();
		assertThatThrownBy(() -> accounts.open(new NewAccount(null, null, "Tanpa Kontak", Role.ENTREPRENEUR,
				PASSWORD, Set.of(), false)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void failedLoginsCountAgainstTheNumberWhateverItsSpelling() throws Exception {
		String local = newNumber();
		accounts.open(new NewAccount(null, local, "Budi Telepon", Role.ENTREPRENEUR, PASSWORD, Set.of(), false));
		mvc.perform(formLogin("/login").user(local).password("salah-sekali-123")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("62" + local.substring(1)).password("salah-sekali-123"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.queryForObject(
				"select coalesce(sum(failures), 0) from login_failure where scope = 'ACCOUNT' and subject = ?",
				Integer.class, "+62" + local.substring(1)))
			.isEqualTo(2);
	}

	@Test
	void preferencesAreSavedAndWhatsappNeedsANumber() throws Exception {
		String email = "pref-" + newNumber() + "@example.id";
		long withoutPhone = accounts.open(new NewAccount(email, "Tanpa Nomor", Role.MENTOR, PASSWORD, Set.of("31.71"),
				false));
		Cookie session = login(email);
		mvc.perform(get("/account").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Bahasa pemberitahuan")));
		mvc.perform(post("/account").cookie(session).with(csrf()).param("language", "en").param("notifyEmail", "true")
			.param("notifyWhatsapp", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "notifyWhatsapp", "account.preferences.whatsapp.noPhone"))
			.andExpect(content().string(containsString("Akun Anda tidak punya nomor HP")));
		mvc.perform(post("/account").cookie(session).with(csrf()).param("language", "fr").param("notifyEmail", "maybe"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "language", "notifyEmail", "notifyWhatsapp"));
		assertThat(jdbc.queryForMap("select language, notify_email from account where id = ?", withoutPhone))
			.containsEntry("language", "id")
			.containsEntry("notify_email", true);
		mvc.perform(post("/account").cookie(session).with(csrf()).param("language", "en").param("notifyEmail", "false")
			.param("notifyWhatsapp", "false"))
			.andExpect(redirectedUrl("/account"));
		assertThat(jdbc.queryForMap("select language, notify_email from account where id = ?", withoutPhone))
			.containsEntry("language", "en")
			.containsEntry("notify_email", false);
	}

	@Test
	void aPhoneOnlyAccountMayChooseWhatsappButNotEmail() throws Exception {
		String local = newNumber();
		long id = accounts.open(new NewAccount(null, local, "Hanya Nomor", Role.ENTREPRENEUR, PASSWORD, Set.of(), false));
		Cookie session = login(local);
		mvc.perform(get("/account").cookie(session))
			.andExpect(content().string(containsString(PhoneNumbers.display("+62" + local.substring(1)))));
		mvc.perform(post("/account").cookie(session).with(csrf()).param("language", "id").param("notifyEmail", "true")
			.param("notifyWhatsapp", "true"))
			.andExpect(model().attributeHasFieldErrorCode("form", "notifyEmail", "account.preferences.email.noAddress"));
		mvc.perform(post("/account").cookie(session).with(csrf()).param("language", "id").param("notifyEmail", "false")
			.param("notifyWhatsapp", "true"))
			.andExpect(redirectedUrl("/account"));
		assertThat(jdbc.queryForObject("select notify_whatsapp from account where id = ?", Boolean.class, id)).isTrue();
	}

	private Cookie login(String name) throws Exception {
		return mvc.perform(formLogin("/login").user(name).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	/** A mobile number no other test uses, as people type it (08…). */
	static String newNumber() {
		return "0813" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

}
