package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An officer's validation and return of a registration are notices to the registrant (bell and outbox, in their
 * language, leading to where they act), to nobody else, and a validation is told once.
 */
@PortalWebTest
class RegistrationNoticeTests {

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void validationAndReturnAreToldToTheRegistrantOnlyInTheirLanguage() {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		SentNotices sent = new SentNotices(jdbc);
		TestParticipants.Registered english = people.register("Pemilik Inggris", "31.71.01.1001", Sector.KULINER,
				5_000_000);
		TestParticipants.Registered other = people.register("Peserta Lain", "31.71.01.1002", Sector.KULINER, 5_000_000);
		long englishAccount = people.user(english.email()).accountId();
		long otherAccount = people.user(other.email()).accountId();
		sent.english(englishAccount);
		PortalUser officer = people.user("officer@demo.local");

		records.validate(officer, english.id());
		records.validate(officer, english.id());
		assertThat(sent.one(englishAccount, "REGISTRATION_VALIDATED", "/me", "en", english.email()).args()).isEmpty();

		assertThatThrownBy(() -> records.returnForCorrection(southOfficer(people), other.id(), "Foto KTP buram"))
			.isInstanceOf(NotFoundException.class);
		assertThat(sent.count(otherAccount, "REGISTRATION_RETURNED")).isZero();
		records.returnForCorrection(officer, other.id(), "Foto KTP buram");
		assertThat(sent.one(otherAccount, "REGISTRATION_RETURNED", "/me/profile", "id", other.email()).args())
			.containsExactly("Foto KTP buram");

		assertThat(sent.count(otherAccount, "REGISTRATION_VALIDATED")).isZero();
		assertThat(sent.count(englishAccount, "REGISTRATION_RETURNED")).isZero();
	}

	private static PortalUser southOfficer(TestParticipants people) {
		return people.user(people.officer("31.74"));
	}

}
