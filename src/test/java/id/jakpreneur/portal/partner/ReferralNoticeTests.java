package id.jakpreneur.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.outbox.MessageTexts;
import id.jakpreneur.portal.partner.domain.ContactDraft;
import id.jakpreneur.portal.partner.domain.OfferDraft;
import id.jakpreneur.portal.support.Activated;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new referral or capital application is a notice to the contacts (with a login) of the partner it went to, and
 * to no other partner's; each later step is a notice to the participant, as is an officer's referral, but not the
 * application they made themself.
 */
@PortalWebTest
class ReferralNoticeTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	PartnerManagement partners;

	@Autowired
	Referrals referrals;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageTexts texts;

	@Autowired
	AccountActivation activations;

	private TestParticipants people;

	private SentNotices sent;

	private PortalUser admin;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		sent = new SentNotices(jdbc);
		admin = people.user("admin@demo.local");
	}

	@Test
	void aReferralIsToldToThePartnersContactsAndEachStepToTheParticipant() {
		Contact mine = partner("Mitra Kelas");
		Contact other = partner("Mitra Lain");
		sent.english(mine.login().accountId());
		String title = "Kelas Pemasaran " + UUID.randomUUID();
		long offer = partners.addOffer(mine.partnerId(), new OfferDraft(OfferKind.TRAINING, title, "Kelas",
				OfferTarget.everyone(), true));
		TestParticipants.Registered siti = people.registerValidated("Siti Dirujuk", "31.71.01.1001", Sector.KULINER);
		long participantAccount = people.user(siti.email()).accountId();

		long id = referrals.refer(people.user("officer@demo.local"), siti.id(), offer, "Perlu pemasaran daring");
		assertThat(sent.count(mine.login().accountId(), "REFERRAL_RECEIVED")).as("nothing before her consent").isZero();
		referrals.share(people.user(siti.email()), id);
		referrals.withdrawSharing(people.user(siti.email()), id);
		referrals.share(people.user(siti.email()), id);

		assertThat(sent.one(mine.login().accountId(), "REFERRAL_RECEIVED", "/partner/referrals/" + id, "en",
				mine.email()).args()).containsExactly(title, "Usaha Siti Dirujuk");
		assertThat(sent.count(other.login().accountId(), "REFERRAL_RECEIVED")).isZero();
		assertThat(sent.one(participantAccount, "REFERRAL_CHANGED", "/me/offers", "id", siti.email()).args())
			.containsExactly(title, "msg:partner.referral.status.SENT", mine.partnerName());

		referrals.changeStatus(mine.login(), id, ReferralStatus.ACCEPTED, "");
		assertThat(sent.bell(participantAccount, "REFERRAL_CHANGED")).extracting(b -> b.args().get(1))
			.containsExactly("msg:partner.referral.status.SENT", "msg:partner.referral.status.ACCEPTED");
		assertThat(sent.count(mine.login().accountId(), "REFERRAL_CHANGED")).isZero();
		List<String> accepted = sent.bell(participantAccount, "REFERRAL_CHANGED").get(1).args();
		assertThat(texts.notice(NoticeKind.REFERRAL_CHANGED, accepted, Locale.forLanguageTag("id")))
			.isEqualTo("Rujukan Anda ke " + title + " (" + mine.partnerName() + ") sekarang berstatus Diterima.");
	}

	@Test
	void aCapitalApplicationIsToldToThePartnerAndItsStepsToTheApplicant() {
		Contact bank = partner("Bank Modal");
		Contact other = partner("Bank Lain");
		String title = "Kredit Usaha " + UUID.randomUUID();
		long offer = partners.addOffer(bank.partnerId(), new OfferDraft(OfferKind.CAPITAL, title, "Pinjaman",
				OfferTarget.everyone(), true));
		TestParticipants.Registered budi = people.registerValidated("Budi Modal", "31.71.01.1002", Sector.KULINER);
		PortalUser applicant = people.user(budi.email());

		long id = referrals.apply(applicant, offer, 10_000_000, "Membeli oven");
		assertThat(sent.count(bank.login().accountId(), "REFERRAL_RECEIVED")).as("nothing before her consent").isZero();
		referrals.share(applicant, id);
		assertThat(sent.one(bank.login().accountId(), "REFERRAL_RECEIVED", "/partner/referrals/" + id, "id",
				bank.email()).args()).containsExactly(title, "Usaha Budi Modal");
		assertThat(sent.count(other.login().accountId(), "REFERRAL_RECEIVED")).isZero();
		assertThat(sent.count(applicant.accountId(), "CAPITAL_APPLICATION_CHANGED")).as("their own application")
			.isZero();

		sent.english(applicant.accountId());
		referrals.changeStatus(bank.login(), id, ReferralStatus.ACCEPTED, "");
		SentNotices.Bell told = sent.one(applicant.accountId(), "CAPITAL_APPLICATION_CHANGED", "/me/capital", "en",
				budi.email());
		assertThat(told.args()).containsExactly(bank.partnerName(), "msg:partner.capital.status.ACCEPTED", title);
		assertThat(texts.notice(NoticeKind.CAPITAL_APPLICATION_CHANGED, told.args(), Locale.ENGLISH))
			.isEqualTo("Your capital application to " + bank.partnerName() + " (" + title + ") is now Under review.");
	}

	/** A partner organisation with one contact who has a PARTNER login and one who has none. */
	private Contact partner(String name) {
		String partnerName = name + " " + UUID.randomUUID();
		long id = partners.create(admin, new PartnerDraft(PartnerKind.BANK, partnerName, null, null, null));
		String email = "kontak-" + UUID.randomUUID() + "@mitra.example.id";
		long contact = partners.addContact(id, new ContactDraft("Rina Kontak", email, null));
		partners.addContact(id, new ContactDraft("Tanpa Login", "tanpa-" + UUID.randomUUID() + "@mitra.example.id",
				null));
		Activated.withPassword(activations, partners.openAccount(admin, id, contact), "Mitra-Kontak-2026");
		return new Contact(id, partnerName, email, people.user(email));
	}

	private record Contact(long partnerId, String partnerName, String email, PortalUser login) {
	}

}
