package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.Mailbox;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.RegistrationJourneys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PortalWebTest
class RegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** A complete, valid registration of a woman born 9 July 1985 with a kuliner business in Gambir. */
	static Map<String, String> validForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("email", Citizens.email("daftar"));
		form.put("password", Citizens.PASSWORD);
		form.put("confirmPassword", Citizens.PASSWORD);
		form.put("fullName", "Rina Marlina");
		form.put("nik", Citizens.nik("317101", LocalDate.of(1985, 7, 9), Gender.FEMALE));
		form.put("kk", Citizens.kk());
		form.put("gender", "FEMALE");
		form.put("birthDate", "1985-07-09");
		form.put("phone", "0812-3456-7890");
		form.put("cityCode", "31.71");
		form.put("districtCode", "31.71.01");
		form.put("villageCode", "31.71.01.1002");
		form.put("address", "Jl. Cideng Timur No. 7, RT 002/RW 005");
		form.put("stage", "RUNNING");
		form.put("businessName", "Keripik Rina");
		form.put("sector", "KULINER");
		form.put("products", "Keripik singkong dan pisang");
		form.put("startedOn", "2021-04-01");
		form.put("capital", "2.500.000");
		form.put("monthlySales", "Rp 6.000.000");
		form.put("employees", "1");
		form.put("channels", "OFFLINE");
		form.put("keepsBooks", "true");
		form.put("hadCredit", "false");
		form.put("consent", "true");
		return form;
	}

	private static final AtomicInteger ADDRESSES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));

	/** A client address of its own (TEST-NET-2 and up), so tests never share a per-address registration limit. */
	static String freshAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

	/** Walks the registration journey from an address of its own (support.RegistrationJourneys). */
	static ResultActions submit(MockMvc mvc, Map<String, ?> form) throws Exception {
		return submitFrom(mvc, freshAddress(), form);
	}

	static ResultActions submitFrom(MockMvc mvc, String address, Map<String, ?> form) throws Exception {
		return RegistrationJourneys.online(mvc, address, form);
	}

	/** Registers through the journey, opens the mailed activation link and returns the session it logs in. */
	static Cookie registerAndActivate(MockMvc mvc, Map<String, String> form) throws Exception {
		submit(mvc, form).andExpect(redirectedUrl("/register/received"));
		String token = Mailbox.activationToken(Mailbox.awaitMailTo(form.get("email")));
		mvc.perform(get("/register/activate").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"activate-submit\"")));
		return mvc.perform(post("/register/activate").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/me"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private long participantsWithEmail(String email) {
		return jdbc.queryForObject(
				"select count(*) from participant p join account a on a.id = p.account_id where a.email = ?",
				Long.class, email);
	}

	@Test
	void registersThenTheMailedLinkActivatesTheAccountAndLandsOnMe() throws Exception {
		Map<String, String> form = validForm();
		form.put("licences", "NIB");
		form.put("nibNumber", "9120 3012 3456 9");
		submit(mvc, form).andExpect(redirectedUrl("/register/received"));
		assertThat(jdbc.queryForObject("select enabled from account where email = ?", Boolean.class, form.get("email")))
			.as("closed until the link is opened").isFalse();
		mvc.perform(formLogin().user(form.get("email")).password(Citizens.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		MimeMessage mail = Mailbox.awaitMailTo(form.get("email"));
		assertThat(Mailbox.text(mail)).contains("Halo Rina Marlina").contains("Hello Rina Marlina")
			.doesNotContain(form.get("nik"));
		String token = Mailbox.activationToken(mail);
		mvc.perform(post("/register/activate").with(csrf()).param("token", token.substring(1) + "x"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Tautan aktivasi ini tidak berlaku")));
		Cookie session = mvc.perform(post("/register/activate").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/me"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(post("/register/activate").with(csrf()).param("token", token))
			.andExpect(status().isNotFound());
		mvc.perform(get("/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Halo, Rina Marlina")))
			.andExpect(content().string(containsString("Menunggu validasi")))
			.andExpect(content().string(containsString("Usaha mikro")));
		Map<String, Object> row = jdbc.queryForMap("""
				select p.phone, p.capital, p.monthly_sales, p.status, p.channel, p.district_code, p.city_code,
				       p.nik_masked, c.text_version, l.licence_number
				from participant p join account a on a.id = p.account_id
				join consent c on c.participant_id = p.id and c.purpose = 'PARTICIPATION'
				join participant_licence l on l.participant_id = p.id
				where a.email = ?""", form.get("email"));
		assertThat(row).containsEntry("phone", "+6281234567890")
			.containsEntry("capital", 2_500_000L)
			.containsEntry("monthly_sales", 6_000_000L)
			.containsEntry("status", "SUBMITTED")
			.containsEntry("channel", "ONLINE")
			.containsEntry("district_code", "31.71.01")
			.containsEntry("city_code", "31.71")
			.containsEntry("text_version", "2026.1")
			.containsEntry("licence_number", "9120301234569");
		assertThat((String) row.get("nik_masked")).startsWith("3171").contains("**********");
	}

	/** The published participant_profile view, as the assessment module reads a registered business from it. */
	@Test
	void publishesTheRegisteredBusinessProfileAsAView() throws Exception {
		Map<String, Object> form = new LinkedHashMap<>(validForm());
		form.put("channels", new String[] { "OFFLINE", "SOCIAL_MEDIA" });
		form.put("licences", new String[] { "NIB", "HALAL" });
		form.put("nibNumber", "9120 3012 3456 9");
		form.put("halalNumber", "ID31110000123450123");
		submit(mvc, form).andExpect(redirectedUrl("/register/received"));
		Map<String, Object> row = jdbc.queryForMap("""
				select v.business_stage, v.started_on, v.sector, v.monthly_sales, v.capital, v.employees,
				       v.keeps_books, v.had_credit, v.channels::text as channels, v.licences::text as licences
				from participant_profile v join participant p on p.id = v.id join account a on a.id = p.account_id
				where a.email = ?""", form.get("email"));
		assertThat(row).containsEntry("business_stage", "RUNNING")
			.containsEntry("started_on", java.sql.Date.valueOf("2021-04-01"))
			.containsEntry("sector", "KULINER")
			.containsEntry("monthly_sales", 6_000_000L)
			.containsEntry("capital", 2_500_000L)
			.containsEntry("employees", 1)
			.containsEntry("keeps_books", true)
			.containsEntry("had_credit", false)
			.containsEntry("channels", "{OFFLINE,SOCIAL_MEDIA}")
			.containsEntry("licences", "{\"NIB\": \"9120301234569\", \"HALAL\": \"ID31110000123450123\"}");
	}

	@ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
	@CsvSource({
			// the NIK, case by case
			"nik, 12345, nik.invalid.format",
			"nik, 3273014907850001, nik.invalid.notDki",
			"nik, 3171014908850001, nik.invalid.birthDateMismatch",
			"nik, 3171010907850001, nik.invalid.maleCode",
			"nik, '', validation.required",
			"kk, 1234, kk.invalid.format",
			"kk, '', validation.required",
			// contact and person
			"email, bukan-email, Email",
			"phone, 021-5551234, participant.phone.invalid",
			"fullName, <script>alert(1)</script>, Pattern",
			"fullName, '', NotBlank",
			"birthDate, 2099-01-01, validation.dateInFuture",
			"birthDate, 2015-01-01, participant.birthDate.tooYoung",
			"birthDate, kemarin, typeMismatch",
			"address, <b>Jl. Mawar</b>, Pattern",
			// region chain
			"villageCode, 99.99.99.9999, validation.invalidChoice",
			"villageCode, 31.74.01.1001, participant.village.mismatch",
			// business
			"capital, -5000, validation.notNegative",
			"capital, lima juta, validation.rupiah",
			"monthlySales, '', validation.required",
			"startedOn, 2099-05-01, validation.dateInFuture",
			"startedOn, '', participant.startedOn.required",
			"employees, -1, Min",
			"employees, banyak, typeMismatch",
			"sector, PERTAMBANGAN, typeMismatch",
			"keepsBooks, '', NotNull",
			// account
			"password, pendek, password.policy.tooShort",
			"confirmPassword, Lain-Sekali-99, password.confirm.mismatch",
			"consent, false, registration.consent.required" })
	void refusesBadInputBesideTheFieldAndSavesNothing(String field, String value, String code) throws Exception {
		Map<String, String> form = validForm();
		form.put(field, value);
		submit(mvc, form)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", field, code))
			.andExpect(content().string(containsString("invalid-feedback")));
		assertThat(participantsWithEmail(form.get("email"))).isZero();
		assertThat(accounts.isEmailFree(form.get("email"))).isTrue();
	}

	@Test
	void keepsWhatWasTypedButNeverThePassword() throws Exception {
		Map<String, String> form = validForm();
		form.put("nik", "12345");
		submit(mvc, form)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Rina Marlina\"")))
			.andExpect(content().string(containsString("value=\"12345\"")))
			.andExpect(content().string(not(containsString(Citizens.PASSWORD))));
	}

	@Test
	void nibNumberIsRequiredWhenNibIsTicked() throws Exception {
		Map<String, String> form = validForm();
		form.put("licences", "NIB");
		submit(mvc, form).andExpect(model().attributeHasFieldErrorCode("form", "nibNumber", "participant.nib.required"));
		form.put("nibNumber", "123");
		submit(mvc, form).andExpect(model().attributeHasFieldErrorCode("form", "nibNumber", "participant.nib.invalid"));
	}

	@Test
	void anIdeaNeedsNoStartDateOrSales() throws Exception {
		Map<String, String> form = validForm();
		form.put("stage", "IDEA");
		form.put("startedOn", "");
		form.put("monthlySales", "");
		form.put("capital", "0");
		submit(mvc, form).andExpect(redirectedUrl("/register/received"));
		assertThat(participantsWithEmail(form.get("email"))).isOne();
	}

	@Test
	void anOversizedFieldIsRefusedWithoutError() throws Exception {
		Map<String, String> form = validForm();
		form.put("products", "x".repeat(200_000));
		submit(mvc, form)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "products", "Size"));
		assertThat(participantsWithEmail(form.get("email"))).isZero();
	}

	@Test
	void theFormOffersAllKelurahan() throws Exception {
		String page = mvc.perform(get("/register/address")).andReturn().getResponse().getContentAsString();
		assertThat(page.split("data-parent=\"31\\.\\d\\d\\.\\d\\d\"", -1).length - 1)
			.as("kelurahan options plus their kecamatan groups").isEqualTo(267 + 44);
	}

}
