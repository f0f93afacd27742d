package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import id.jakpreneur.portal.entrepreneur.domain.RegistrationSettings;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.RegistrationJourneys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registrations are limited per client address and overall, with counts in PostgreSQL that every instance shares;
 * over a limit the form answers 429 with a message (in the reader's language), keeps what was typed, and stores
 * nothing.
 */
@PortalWebTest
class RegistrationLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegistrationSettings settings;

	@Autowired
	Clock clock;

	@Test
	void oneAddressIsLimitedAndAnotherIsNot() throws Exception {
		String address = RegistrationTests.freshAddress();
		Map<String, String> form = RegistrationTests.validForm();
		for (int i = 0; i < settings.perAddress(); i++) {
			RegistrationTests.submitFrom(mvc, address, form).andExpect(redirectedUrl("/register/received"));
		}
		Map<String, String> next = RegistrationTests.validForm();
		RegistrationTests.submitFrom(mvc, address, next)
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("id=\"registration-limited\"")))
			.andExpect(content().string(containsString("Terlalu banyak pendaftaran dalam waktu singkat")))
			.andExpect(content().string(containsString("Keripik Rina")))
			.andExpect(content().string(not(containsString(Citizens.PASSWORD))));
		RegistrationJourneys.online(mvc, address, next, request -> request.cookie(new Cookie("lang", "en")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many registrations in a short time")));
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class, next.get("email")))
			.as("nothing stored over the limit").isZero();

		RegistrationTests.submit(mvc, next).andExpect(redirectedUrl("/register/received"));
	}

	@Test
	void everyAddressTogetherIsLimited() throws Exception {
		long window = settings.window().toMillis();
		Instant now = clock.instant();
		Timestamp current = new Timestamp(now.toEpochMilli() / window * window);
		Timestamp following = new Timestamp(current.getTime() + window);
		// as if the overall limit had been reached by others, in this window and the next (should the hour turn)
		for (Timestamp start : new Timestamp[] { current, following }) {
			jdbc.update("""
					insert into registration_attempt (scope, window_start, attempts) values ('all', ?, ?)
					on conflict (scope, window_start) do update set attempts = registration_attempt.attempts + ?
					""", start, settings.overall(), settings.overall());
		}
		try {
			Map<String, String> form = RegistrationTests.validForm();
			RegistrationTests.submit(mvc, form)
				.andExpect(status().isTooManyRequests())
				.andExpect(content().string(containsString("id=\"registration-limited\"")));
			assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class,
					form.get("email"))).isZero();
		}
		finally {
			for (Timestamp start : new Timestamp[] { current, following }) {
				jdbc.update("""
						update registration_attempt set attempts = greatest(attempts - ?, 0)
						where scope = 'all' and window_start = ?
						""", settings.overall(), start);
			}
		}
		RegistrationTests.submit(mvc, RegistrationTests.validForm())
			.andExpect(redirectedUrl("/register/received"));
	}

	@Test
	void aFormWithErrorsIsNotCounted() throws Exception {
		String address = RegistrationTests.freshAddress();
		Map<String, String> wrong = RegistrationTests.validForm();
		wrong.put("nik", "12345");
		for (int i = 0; i <= settings.perAddress(); i++) {
			RegistrationTests.submitFrom(mvc, address, wrong).andExpect(status().isOk());
		}
		RegistrationTests.submitFrom(mvc, address, RegistrationTests.validForm())
			.andExpect(redirectedUrl("/register/received"));
	}

}
