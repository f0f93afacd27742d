package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.Mailbox;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registration form tells nobody whether a NIK or an email is registered (issue 16): a taken NIK or email gets the
 * answer a free one gets; the duplicate NIK goes to the kecamatan secretariat as a claim, the owner of a taken email
 * is told by mail.
 */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class RegistrationAnswerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** What a browser sees of the answer: status, headers other than cookies and the request's id, and the body. */
	private String answer(Map<String, String> form) throws Exception {
		MockHttpServletResponse response = RegistrationTests.submit(mvc, form).andReturn().getResponse();
		Map<String, Object> seen = new TreeMap<>();
		seen.put("status", response.getStatus());
		response.getHeaderNames()
			.stream()
			.filter(h -> !h.equalsIgnoreCase("Set-Cookie") && !h.equalsIgnoreCase("X-Request-Id"))
			.forEach(h -> seen.put(h, response.getHeaders(h)));
		seen.put("body", response.getContentAsString());
		return seen.toString();
	}

	private String receivedPage() throws Exception {
		return mvc.perform(get("/register/received"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
			.replaceAll("content=\"[^\"]*\" name=\"_csrf\"", "name=\"_csrf\"");
	}

	@Test
	void aTakenNikIsAnsweredAsAFreeOneAndGoesToTheSecretariat(CapturedOutput output) throws Exception {
		Map<String, String> holder = RegistrationTests.validForm();
		String free = answer(holder);
		String freePage = receivedPage();

		Map<String, String> claimant = RegistrationTests.validForm();
		claimant.put("nik", holder.get("nik"));
		claimant.put("fullName", "Rina Klaim");
		String taken = answer(claimant);

		assertThat(taken).isEqualTo(free).contains("status=302").contains("/register/received");
		assertThat(receivedPage()).isEqualTo(freePage).contains("Pendaftaran diterima")
			.contains("diperiksa oleh sekretariat JakPreneur di kantor kecamatan");
		assertThat(accounts.isEmailFree(claimant.get("email"))).as("a claim is not a participant").isTrue();
		assertThat(jdbc.queryForObject("select count(*) from participant where full_name = 'Rina Klaim'", Long.class))
			.isZero();

		// the claimant is told the secretariat will check, never that the NIK exists
		String claimMail = Mailbox.text(Mailbox.awaitMailTo(claimant.get("email")));
		assertThat(claimMail).contains("akan diperiksa oleh sekretariat JakPreneur di kantor kecamatan Anda")
			.doesNotContain("sudah terdaftar")
			.doesNotContain("already registered")
			.doesNotContain(holder.get("nik"));
		assertThat(Mailbox.awaitMailTo(claimant.get("email")).getSubject())
			.isEqualTo(Mailbox.awaitMailTo(holder.get("email")).getSubject());

		// the secretariat of Gambir (the Jakarta Pusat officer) sees the claim, masked; a mentor does not
		String queue = mvc.perform(get("/officer/registration-claims").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rina Klaim")))
			.andExpect(content().string(containsString(claimant.get("email"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String masked = jdbc.queryForObject("select nik_masked from registration_claim where email = ?", String.class,
				claimant.get("email"));
		assertThat(masked).contains("**********");
		assertThat(queue).contains(masked).doesNotContain(holder.get("nik"));
		mvc.perform(get("/officer/entrepreneurs").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("id=\"claims-link\"")));
		mvc.perform(get("/officer/registration-claims").with(DemoUsers.as(accounts, Role.MENTOR)))
			.andExpect(status().isForbidden());

		// and is told: a notice (bell and mail) to the officers of Gambir and its kota, naming only the kecamatan
		long claimId = jdbc.queryForObject("select id from registration_claim where email = ?", Long.class,
				claimant.get("email"));
		Map<String, Object> notice = jdbc.queryForMap("""
				select n.kind, array_to_string(n.args, '|') as args, n.link from notification n
				join account_directory a on a.id = n.account_id
				where a.email = 'officer@demo.local' and n.dedupe_key = ?""", "registration-claim-" + claimId);
		assertThat(notice).containsEntry("kind", "REGISTRATION_CLAIM")
			.containsEntry("args", "Gambir")
			.containsEntry("link", "/officer/registration-claims");
		assertThat(jdbc.queryForObject("""
				select count(*) from notification n join account_directory a on a.id = n.account_id
				where a.role <> 'OFFICER' and n.dedupe_key = ?""", Long.class, "registration-claim-" + claimId)).isZero();
		assertThat(Mailbox.text(Mailbox.awaitMailContaining("officer@demo.local", "Kecamatan Gambir")))
			.contains("Pendaftaran baru di Kecamatan Gambir perlu diperiksa sekretariat")
			.doesNotContain(holder.get("nik"));

		assertThat(output.getAll()).as("logs").doesNotContain(holder.get("nik"));
	}

	@Test
	void theSecretariatResolvesAClaimOnceWithANote() throws Exception {
		Map<String, String> holder = RegistrationTests.validForm();
		RegistrationTests.submit(mvc, holder).andExpect(redirectedUrl("/register/received"));
		Map<String, String> claimant = RegistrationTests.validForm();
		claimant.put("nik", holder.get("nik"));
		RegistrationTests.submit(mvc, claimant).andExpect(redirectedUrl("/register/received"));
		long claimId = jdbc.queryForObject("select id from registration_claim where email = ?", Long.class,
				claimant.get("email"));
		String resolve = "/officer/registration-claims/" + claimId + "/resolve";

		mvc.perform(post(resolve).with(csrf()).with(DemoUsers.as(accounts, Role.OFFICER)).param("note", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("invalid-feedback")));
		mvc.perform(post(resolve).with(csrf())
			.with(DemoUsers.as(accounts, Role.OFFICER))
			.param("note", "KTP diperiksa: NIK milik pendaftar kedua; data peserta lama dikoreksi"))
			.andExpect(redirectedUrl("/officer/registration-claims"));
		assertThat(jdbc.queryForMap("select status, resolution_note from registration_claim where id = ?", claimId))
			.containsEntry("status", "RESOLVED");
		mvc.perform(get("/officer/registration-claims").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(not(containsString("id=\"claim-" + claimId + "\""))));
		mvc.perform(post(resolve).with(csrf()).with(DemoUsers.as(accounts, Role.OFFICER)).param("note", "lagi"))
			.andExpect(status().isConflict());
	}

	@Test
	void aTakenEmailIsAnsweredAsAFreeOneAndItsOwnerIsTold() throws Exception {
		Map<String, String> first = RegistrationTests.validForm();
		String free = answer(first);
		String freePage = receivedPage();

		Map<String, String> second = RegistrationTests.validForm();
		second.put("email", first.get("email").toUpperCase());
		String taken = answer(second);

		assertThat(taken).isEqualTo(free);
		assertThat(receivedPage()).isEqualTo(freePage);
		assertThat(jdbc.queryForObject("select count(*) from participant where nik_masked = ? and full_name = ?",
				Long.class, second.get("nik").substring(0, 4) + "**********" + second.get("nik").substring(14),
				second.get("fullName"))).as("nothing stored for the second").isZero();
		assertThat(jdbc.queryForObject("select count(*) from registration_claim where email = ?", Long.class,
				second.get("email"))).isZero();

		// the owner got the activation link of their own registration, then the warning
		java.util.List<MimeMessage> mails = Mailbox.awaitMailsTo(first.get("email"), 2);
		assertThat(Mailbox.text(mails.get(1))).contains("mencoba mendaftar di JakPreneur dengan alamat email ini")
			.contains("tried to register with JakPreneur using this email address")
			.doesNotContain("/register/activate");
		assertThat(mails.get(1).getSubject()).isEqualTo(mails.get(0).getSubject());
	}

	@Test
	void aTakenDemoLoginIsAnsweredAsAFreeOne() throws Exception {
		Map<String, String> form = RegistrationTests.validForm();
		form.put("email", "WARGA@demo.local");
		RegistrationTests.submit(mvc, form)
			.andExpect(redirectedUrl("/register/received"))
			.andExpect(content().string(""));
		Mailbox.awaitMailContaining("warga@demo.local", "mencoba mendaftar di JakPreneur dengan alamat email ini");
	}

}
