package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.Mailbox;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.RegistrationJourneys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockCookie;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The registration as a journey of short pages (issue 19): each page checks only its own fields, going back and
 * forth keeps every answer (the password without ever showing it), the draft is never in a URL and its NIK never
 * in plain text in PostgreSQL, the check page lists everything with a way back to each page, and every page stays
 * small for a slow phone connection.
 */
@PortalWebTest
class RegistrationJourneyTests {

	/** The most HTML one page may weigh (cached CSS and scripts not counted). */
	static final int MOST_BYTES = 100_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** One visitor's browser: its address and the draft's cookie, carried from answer to request. */
	private final class Visitor {

		final String address = RegistrationTests.freshAddress();

		final List<String> locations = new ArrayList<>();

		Cookie draft;

		ResultActions answer(String page, Map<String, ?> params) throws Exception {
			var request = post("/register/" + page).with(csrf()).with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
			params.forEach((field, value) -> {
				if (value instanceof String[] values) {
					request.param(field, values);
				}
				else {
					request.param(field, String.valueOf(value));
				}
			});
			return kept(mvc.perform(draft == null ? request : request.cookie(draft)));
		}

		ResultActions open(String path) throws Exception {
			var request = get(path);
			return kept(mvc.perform(draft == null ? request : request.cookie(draft)));
		}

		private ResultActions kept(ResultActions answer) throws Exception {
			MvcResult result = answer.andReturn();
			Cookie set = result.getResponse().getCookie(RegistrationJourneys.DRAFT_COOKIE);
			if (set != null) {
				draft = set.getMaxAge() == 0 ? null : set;
			}
			if (result.getResponse().getRedirectedUrl() != null) {
				locations.add(result.getResponse().getRedirectedUrl());
			}
			return answer;
		}

		void answerEveryPage(Map<String, ?> form) throws Exception {
			for (int i = 0; i < RegistrationJourneys.PAGES.size(); i++) {
				String next = i + 1 < RegistrationJourneys.PAGES.size() ? RegistrationJourneys.PAGES.get(i + 1) : "check";
				answer(RegistrationJourneys.PAGES.get(i), form).andExpect(redirectedUrl("/register/" + next));
			}
		}

	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "account, phone password confirmPassword, person",
			"person, fullName nik kk gender birthDate, address", "address, villageCode address, business",
			"business, stage businessName sector products capital employees keepsBooks hadCredit, sales",
			"consent, consent, check" })
	void eachPageChecksOnlyItsOwnFieldsAndSaysWhatIsWrongBesideThem(String page, String required, String next)
			throws Exception {
		Visitor visitor = new Visitor();
		MvcResult empty = visitor.answer(page, Map.of())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("invalid-feedback")))
			.andReturn();
		BindingResult errors = (BindingResult) empty.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(errors.getFieldErrors().stream().map(FieldError::getField).distinct())
			.as("only this page's fields, each required one")
			.containsExactlyInAnyOrder(required.split(" "));
		visitor.answer(page, RegistrationTests.validForm()).andExpect(redirectedUrl("/register/" + next));
	}

	@Test
	void salesAndLicencesAreOptionalButANumberStillHasItsRules() throws Exception {
		Visitor visitor = new Visitor();
		visitor.answer("sales", Map.of()).andExpect(redirectedUrl("/register/consent"));
		visitor.answer("sales", Map.of("licences", "NIB", "nibNumber", "123"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "nibNumber", "participant.nib.invalid"));
	}

	@Test
	void backAndForthKeepsEveryAnswerAndThePasswordIsNeverSentBack() throws Exception {
		Map<String, String> form = RegistrationTests.validForm();
		Visitor visitor = new Visitor();
		visitor.answer("account", form).andExpect(redirectedUrl("/register/person"));
		visitor.answer("person", form).andExpect(redirectedUrl("/register/address"));
		visitor.answer("address", form).andExpect(redirectedUrl("/register/business"));
		// half the business page typed, then "Kembali": nothing checked, nothing lost
		visitor.answer("business", Map.of("businessName", "Keripik Rina", "capital", "lima juta", "back", "1"))
			.andExpect(redirectedUrl("/register/address"));
		visitor.open("/register/address")
			.andExpect(content().string(matchesRegex("(?s).*<option value=\"31\\.71\\.01\\.1002\"[^>]* selected.*")))
			.andExpect(content().string(containsString("Jl. Cideng Timur No. 7, RT 002/RW 005")))
			.andExpect(content().string(containsString("Langkah 3 dari 7")));
		visitor.open("/register/person")
			.andExpect(content().string(containsString("value=\"Rina Marlina\"")))
			.andExpect(content().string(containsString("value=\"1985-07-09\"")));
		visitor.open("/register/business")
			.andExpect(content().string(containsString("value=\"Keripik Rina\"")))
			.andExpect(content().string(containsString("value=\"lima juta\"")))
			.andExpect(content().string(not(containsString("is-invalid"))));
		visitor.open("/register/account")
			.andExpect(content().string(containsString("value=\"" + form.get("email") + "\"")))
			.andExpect(content().string(containsString("value=\"0812-3456-7890\"")))
			.andExpect(content().string(containsString("id=\"password-kept\"")))
			.andExpect(content().string(not(containsString(Citizens.PASSWORD))));
		// both password fields left empty keep the password given before
		visitor.answer("account",
				Map.of("email", form.get("email"), "phone", form.get("phone"), "password", "", "confirmPassword", ""))
			.andExpect(redirectedUrl("/register/person"));
		for (String page : List.of("business", "sales", "consent")) {
			visitor.answer(page, form);
		}
		visitor.answer("check", Map.of()).andExpect(redirectedUrl("/register/received"));
		assertThat(visitor.draft).as("the cookie is cleared once sent").isNull();
		String token = Mailbox.activationToken(Mailbox.awaitMailTo(form.get("email")));
		mvc.perform(post("/register/activate").with(csrf()).param("token", token)).andExpect(redirectedUrl("/me"));
		mvc.perform(formLogin().user(form.get("email")).password(Citizens.PASSWORD))
			.andExpect(SecurityMockMvcResultMatchers.authenticated());
	}

	@Test
	void theDraftIsNeverInAUrlAndHoldsNoNikKkOrPasswordInPlainText() throws Exception {
		Map<String, String> form = RegistrationTests.validForm();
		Visitor visitor = new Visitor();
		visitor.answerEveryPage(form);
		MockCookie cookie = (MockCookie) visitor.draft;
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.getPath()).isEqualTo("/register");
		assertThat(cookie.getMaxAge()).isEqualTo(24 * 60 * 60);
		byte[] stored = jdbc.queryForObject("select answers from registration_draft where token_hash = ?",
				byte[].class, (Object) sha256(cookie.getValue()));
		String asText = new String(stored, StandardCharsets.ISO_8859_1);
		for (String secret : List.of(form.get("nik"), form.get("kk"), Citizens.PASSWORD, form.get("email"),
				"Rina Marlina", "Keripik")) {
			assertThat(asText).doesNotContain(secret);
		}
		assertThat(jdbc.queryForObject("select count(*) from registration_draft where token_hash = ?", Long.class,
				(Object) cookie.getValue().getBytes(StandardCharsets.UTF_8))).as("only the token's hash").isZero();
		visitor.open("/register/check")
			.andExpect(content().string(containsString(form.get("nik").substring(0, 4) + "**********")))
			.andExpect(content().string(not(containsString(form.get("nik")))))
			.andExpect(content().string(not(containsString(form.get("kk")))))
			.andExpect(content().string(not(containsString(Citizens.PASSWORD))));
		visitor.answer("check", Map.of()).andExpect(redirectedUrl("/register/received"));
		assertThat(visitor.locations).isNotEmpty().allSatisfy(location -> {
			for (String answer : form.values()) {
				if (answer.length() > 3) {
					assertThat(location).doesNotContain(answer);
				}
			}
		});
		assertThat(jdbc.queryForObject("select count(*) from registration_draft where token_hash = ?", Long.class,
				(Object) sha256(cookie.getValue()))).as("deleted once sent").isZero();
	}

	@Test
	void theCheckPageListsEveryAnswerAndLeadsBackToEachPage() throws Exception {
		Visitor visitor = new Visitor();
		visitor.open("/register/check").andExpect(redirectedUrl("/register/account"));
		Map<String, String> form = RegistrationTests.validForm();
		visitor.answerEveryPage(form);
		String check = visitor.open("/register/check")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Langkah 7 dari 7")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(check).contains(form.get("email"), "Rina Marlina", "Perempuan", "9 Juli 1985", "0812-3456-7890",
				"Jl. Cideng Timur No. 7", "Keripik Rina", "Keripik singkong dan pisang", "2.500.000", "Rp 6.000.000",
				"Jualan langsung", "Kuliner");
		for (String page : RegistrationJourneys.PAGES) {
			assertThat(check).contains("href=\"/register/" + page + "?from=check\"");
		}
		visitor.open("/register/business?from=check")
			.andExpect(content().string(containsString("name=\"returnTo\" value=\"check\"")));
		Map<String, String> changed = new java.util.HashMap<>(form);
		changed.put("businessName", "Keripik Bu Rina");
		changed.put("returnTo", "check");
		visitor.answer("business", changed).andExpect(redirectedUrl("/register/check"));
		visitor.open("/register/check").andExpect(content().string(containsString("Keripik Bu Rina")));
		// a change that breaks an answer stops on its page, and the check page sends there too
		visitor.answer("person", Map.of("fullName", "Rina Marlina", "returnTo", "check")).andExpect(status().isOk());
		visitor.open("/register/check").andExpect(redirectedUrl("/register/person"));
		visitor.answer("check", Map.of())
			.andExpect(status().isOk())
			.andExpect(model().attribute("step", org.hamcrest.Matchers.hasToString("PERSON")))
			.andExpect(model().attributeHasFieldErrorCode("form", "nik", "validation.required"));
	}

	@Test
	void startingAgainForgetsEveryAnswer() throws Exception {
		Visitor visitor = new Visitor();
		Map<String, String> form = RegistrationTests.validForm();
		visitor.answerEveryPage(form);
		Cookie draft = visitor.draft;
		visitor.answer("discard", Map.of()).andExpect(redirectedUrl("/register"));
		assertThat(jdbc.queryForObject("select count(*) from registration_draft where token_hash = ?", Long.class,
				(Object) sha256(draft.getValue()))).isZero();
		mvc.perform(get("/register/person").cookie(draft))
			.andExpect(content().string(not(containsString("Rina Marlina"))));
	}

	@Test
	void everyPageWeighsLessThan100KbOfHtml() throws Exception {
		Visitor visitor = new Visitor();
		visitor.answerEveryPage(RegistrationTests.validForm());
		List<String> sizes = new ArrayList<>();
		for (String page : Set.copyOf(RegistrationJourneys.PAGES).stream().sorted().toList()) {
			measure(visitor.open("/register/" + page), "/register/" + page, sizes);
		}
		measure(visitor.open("/register/check"), "/register/check", sizes);
		var officer = id.jakpreneur.portal.support.DemoUsers.as(accounts, Role.OFFICER);
		for (String page : RegistrationJourneys.PAGES) {
			measure(mvc.perform(get("/officer/entrepreneurs/new/" + page).with(officer)),
					"/officer/entrepreneurs/new/" + page, sizes);
		}
		System.out.println("Registration journey page sizes (HTML bytes): " + String.join(", ", sizes));
	}

	@Autowired
	id.jakpreneur.portal.account.AccountManagement accounts;

	@Test
	void atTheCounterATakenNikIsSaidOnThePersonPageAndTheAnswersStay() throws Exception {
		Map<String, String> holder = RegistrationTests.validForm();
		RegistrationTests.submit(mvc, holder).andExpect(redirectedUrl("/register/received"));
		Map<String, String> form = RegistrationTests.validForm();
		form.put("nik", holder.get("nik"));
		MvcResult refused = RegistrationJourneys
			.counter(mvc, r -> r.with(id.jakpreneur.portal.support.DemoUsers.as(accounts, Role.OFFICER)), form)
			.andExpect(status().isOk())
			.andExpect(model().attribute("step", org.hamcrest.Matchers.hasToString("PERSON")))
			.andExpect(model().attributeHasFieldErrorCode("form", "nik", "registration.nik.taken"))
			.andExpect(content().string(containsString("action=\"/officer/entrepreneurs/new/person\"")))
			.andReturn();
		assertThat(refused.getResponse().getCookie(RegistrationJourneys.DRAFT_COOKIE)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class, form.get("email")))
			.isZero();
	}

	private static void measure(ResultActions page, String path, List<String> sizes) throws Exception {
		int bytes = page.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray().length;
		sizes.add(path + " " + bytes);
		assertThat(bytes).as(path).isLessThan(MOST_BYTES);
	}

	private static byte[] sha256(String token) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
	}

}
