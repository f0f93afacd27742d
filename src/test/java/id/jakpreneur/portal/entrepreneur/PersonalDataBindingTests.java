package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A NIK or KK ciphertext is bound to its participant and field: copied to another participant's row, or to the
 * other field of the same row, it no longer decrypts. The officer sees a message instead of someone else's
 * number, nothing is logged as revealed, and the log names the participant and field, never the number.
 */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataBindingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	JdbcTemplate jdbc;

	private String reveal(long participantId, String field) throws Exception {
		return mvc.perform(post("/officer/entrepreneurs/" + participantId + "/reveal")
			.with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("field", field)
			.param("purpose", "VERIFY_IDENTITY")
			.param("reason", "Mencocokkan dengan KTP asli di loket kecamatan"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exception"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aCiphertextCopiedToAnotherParticipantOrToTheOtherFieldDoesNotDecrypt(CapturedOutput output)
			throws Exception {
		NewRegistration first = Citizens.runningKuliner(Citizens.email("ikat-a"), "31.71.01.1002");
		NewRegistration second = Citizens.runningKuliner(Citizens.email("ikat-b"), "31.71.01.1002");
		long a = registration.register(first);
		long b = registration.register(second);
		assertThat(reveal(a, "NIK")).as("the original decrypts").contains(first.person().nik());

		jdbc.update("update participant set nik_encrypted = (select nik_encrypted from participant where id = ?) "
				+ "where id = ?", a, b);
		jdbc.update("update participant set kk_encrypted = nik_encrypted where id = ?", a);
		long loggedBefore = jdbc.queryForObject(
				"select count(*) from personal_data_access where participant_id in (?, ?)", Long.class, a, b);

		String otherParticipant = reveal(b, "NIK");
		assertThat(otherParticipant).doesNotContain(first.person().nik())
			.doesNotContain(second.person().nik())
			.contains("Nomor ini tidak dapat dibaca dengan kunci yang ada.");
		String otherField = reveal(a, "KK");
		assertThat(otherField).doesNotContain(first.person().nik())
			.doesNotContain(first.person().kk())
			.contains("Nomor ini tidak dapat dibaca dengan kunci yang ada.");

		assertThat(jdbc.queryForObject("select count(*) from personal_data_access where participant_id in (?, ?)",
				Long.class, a, b)).as("nothing was revealed, so nothing is logged").isEqualTo(loggedBefore);
		assertThat(output.getAll()).contains("The NIK of participant " + b + " does not decrypt")
			.contains("The KK of participant " + a + " does not decrypt")
			.doesNotContain(first.person().nik())
			.doesNotContain(second.person().nik());
	}

}
