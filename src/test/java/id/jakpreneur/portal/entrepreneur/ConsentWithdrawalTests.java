package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 22: each consent on /me/privacy is withdrawn with its effect at once. Messages: the account's e-mail and
 * WhatsApp notices stop, queued ones not yet sent are dropped (secrets she asked for stay), and the /account
 * preferences are the same choice. Participation: leaving the programme files her deletion request.
 */
@PortalWebTest
class ConsentWithdrawalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Consents consents;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withdrawingMessagesStopsThemAtOnceIncludingQueuedOnesAndGivingAgainRestartsThem() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered citizen = people.register("Pesan Uji", "31.71.01.1001", Sector.KULINER, 5_000_000);
		PortalUser me = people.user(citizen.email());
		assertThat(consents.isGiven(citizen.id(), ConsentPurpose.MESSAGES, null)).isTrue();
		// two messages waiting for a later attempt (the worker leaves them alone), one of them a reset link she asked for
		queue(me.accountId(), "MENTOR_ASSIGNED", null);
		queue(me.accountId(), "PASSWORD_RESET", "rahasia");

		mvc.perform(post("/me/privacy/consents/withdraw").param("purpose", "MESSAGES").with(user(me)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(consents.isGiven(citizen.id(), ConsentPurpose.MESSAGES, null)).isFalse();
		assertThat(preferences(me.accountId())).containsEntry("notify_email", false)
			.containsEntry("notify_whatsapp", false);
		assertThat(jdbc.queryForList("select kind from outbox_message where account_id = ? and status = 'QUEUED'",
				String.class, me.accountId())).containsExactly("PASSWORD_RESET");
		notifications.send(me.accountId(), NoticeKind.MENTOR_ASSIGNED, "/me", null, "Mentor Uji");
		assertThat(jdbc.queryForObject("select count(*) from outbox_message where account_id = ? and kind = 'MENTOR_ASSIGNED'",
				Integer.class, me.accountId())).isZero();
		assertThat(page(me)).contains("action=\"/me/privacy/consents/give\"");

		mvc.perform(post("/me/privacy/consents/give").param("purpose", "MESSAGES").with(user(me)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(consents.isGiven(citizen.id(), ConsentPurpose.MESSAGES, null)).isTrue();
		// every channel she has an address for (the test's shared mobile number is usually another account's)
		assertThat(preferences(me.accountId())).containsEntry("notify_email", true);
		assertThat(jdbc.queryForObject("select notify_whatsapp = (phone is not null) from account where id = ?",
				Boolean.class, me.accountId())).isTrue();
		assertThat(consents.of(citizen.id())).filteredOn(c -> c.purpose() == ConsentPurpose.MESSAGES).hasSize(2)
			.allSatisfy(c -> assertThat(c.textVersion()).isEqualTo("messages-2026-12"));
	}

	@Test
	void theAccountPagesNoticeSettingsAreTheSameChoice() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered citizen = people.register("Akun Pesan", "31.71.01.1001", Sector.KULINER, 5_000_000);
		PortalUser me = people.user(citizen.email());

		mvc.perform(post("/account").param("language", "id").param("notifyEmail", "false")
			.param("notifyWhatsapp", "false").with(user(me)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(consents.isGiven(citizen.id(), ConsentPurpose.MESSAGES, null)).isFalse();

		mvc.perform(post("/account").param("language", "id").param("notifyEmail", "true")
			.param("notifyWhatsapp", "false").with(user(me)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(consents.isGiven(citizen.id(), ConsentPurpose.MESSAGES, null)).isTrue();
		assertThat(preferences(me.accountId())).containsEntry("notify_email", true)
			.containsEntry("notify_whatsapp", false);
	}

	@Test
	void withdrawingParticipationIsLeavingTheProgrammeAndFilesTheDeletionRequest() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered citizen = people.register("Keluar Uji", "31.71.01.1001", Sector.KULINER, 5_000_000);
		PortalUser me = people.user(citizen.email());
		assertThat(page(me)).contains("value=\"PARTICIPATION\"");

		mvc.perform(post("/me/privacy/consents/withdraw").param("purpose", "PARTICIPATION").with(user(me))
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(consents.isGiven(citizen.id(), ConsentPurpose.PARTICIPATION, null)).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from deletion_request where participant_id = ? and outcome = 'PENDING'",
				Integer.class, citizen.id())).isOne();
		// participation is given where it is asked (registration), not again on the privacy page
		mvc.perform(post("/me/privacy/consents/give").param("purpose", "PARTICIPATION").with(user(me)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(consents.isGiven(citizen.id(), ConsentPurpose.PARTICIPATION, null)).isFalse();
	}

	@Test
	void noOneButTheParticipantWithdrawsHerConsent() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered her = people.register("Milik Uji", "31.71.01.1001", Sector.KULINER, 5_000_000);
		TestParticipants.Registered other = people.register("Lain Uji", "31.71.01.1001", Sector.KULINER, 5_000_000);
		consents.give(her.id(), ConsentPurpose.PARTNER_SHARING, 7L, "partner-sharing-2026-12");

		// the other participant's request withdraws only her own (none for referral 7)
		mvc.perform(post("/me/privacy/consents/withdraw").param("purpose", "PARTNER_SHARING").param("referenceId", "7")
			.with(user(people.user(other.email()))).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(consents.isGiven(her.id(), ConsentPurpose.PARTNER_SHARING, 7L)).isTrue();

		String page = page(people.user(her.email()));
		assertThat(page).contains("name=\"referenceId\" value=\"7\"");
		mvc.perform(post("/me/privacy/consents/withdraw").param("purpose", "PARTNER_SHARING").param("referenceId", "7")
			.with(user(people.user(her.email()))).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(consents.isGiven(her.id(), ConsentPurpose.PARTNER_SHARING, 7L)).isFalse();
		assertThat(jdbc.queryForList("select args[1] from participant_timeline where participant_id = ? "
				+ "and kind = 'CONSENT_WITHDRAWN'", String.class, her.id())).containsExactly("PARTNER_SHARING");
	}

	@Test
	void aSharingConsentNamesThePartnerAndTheOfferInOneStatementWhateverTheirNumber() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered her = people.register("Pembagi Uji", "31.71.01.1001", Sector.KULINER, 5_000_000);
		PortalUser login = people.user(her.email());
		Map<String, Object> offer = jdbc.queryForMap("""
				select o.id, o.title, p.name from partner_offer o join partner_organisation p on p.id = o.partner_id
				order by o.id limit 1""");
		long referral = referral(her.id(), login.accountId(), (Long) offer.get("id"), "SENT");
		consents.give(her.id(), ConsentPurpose.PARTNER_SHARING, referral, "partner-sharing-2026-12");

		String page = page(login);
		assertThat(page).contains(html((String) offer.get("name"))).contains(html((String) offer.get("title")))
			.doesNotContain("rujukan #" + referral);
		QueryCounter.reset();
		page(login);
		long one = QueryCounter.count();
		for (int i = 0; i < 4; i++) {
			long more = referral(her.id(), login.accountId(), (Long) offer.get("id"), "REJECTED");
			consents.give(her.id(), ConsentPurpose.PARTNER_SHARING, more, "partner-sharing-2026-12");
		}
		QueryCounter.reset();
		page(login);
		assertThat(QueryCounter.count()).as("statements for five sharing consents").isEqualTo(one);
	}

	/** A referral (a closed one has a reason: one open referral per offer and participant). */
	private long referral(long participantId, long accountId, long offerId, String status) {
		return jdbc.queryForObject("""
				insert into partner_referral (offer_id, partner_id, participant_id, created_by, status, reason)
				select id, partner_id, ?, ?, ?, case when ? = 'SENT' then null else 'Belum lengkap' end
				from partner_offer where id = ? returning id
				""", Long.class, participantId, accountId, status, status, offerId);
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	private String page(PortalUser me) throws Exception {
		return mvc.perform(get("/me/privacy").with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Map<String, Object> preferences(long accountId) {
		return jdbc.queryForMap("select notify_email, notify_whatsapp from account where id = ?", accountId);
	}

	private void queue(long accountId, String kind, String secret) {
		jdbc.update("""
				insert into outbox_message (account_id, channel, kind, language, recipient, secret, next_attempt_at,
				    created_at)
				values (?, 'EMAIL', ?, 'id', 'uji@example.id', ?, now() + interval '1 day', now())
				""", accountId, kind, secret);
	}

}
