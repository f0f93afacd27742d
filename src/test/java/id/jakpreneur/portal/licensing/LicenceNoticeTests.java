package id.jakpreneur.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An officer's verification of a licence is a notice to its holder alone, in their language, once per verification. */
@PortalWebTest
class LicenceNoticeTests {

	private static final LocalDate TODAY = LocalDate.now(Jakarta.ZONE);

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Licences licences;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aVerifiedLicenceIsToldToItsHolder() {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		SentNotices sent = new SentNotices(jdbc);
		TestParticipants.Registered holder = people.registerValidated("Pemegang Izin", "31.71.01.1001",
				Sector.KULINER);
		TestParticipants.Registered neighbour = people.registerValidated("Tetangga Usaha", "31.71.01.1002",
				Sector.KULINER);
		PortalUser user = people.user(holder.email());
		sent.english(user.accountId());
		licences.record(user, new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED, "ID31110000123",
				TODAY.minusDays(10), TODAY.plusYears(4)));
		licences.record(people.user(neighbour.email()), new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED,
				"ID31110000456", TODAY.minusDays(10), TODAY.plusYears(4)));
		long licenceId = jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = 'HALAL'",
				Long.class, holder.id());

		assertThatThrownBy(() -> licences.verify(people.user(people.officer("31.74")), holder.id(), licenceId))
			.isInstanceOf(NotFoundException.class);
		assertThat(sent.count(user.accountId(), "LICENCE_VERIFIED")).isZero();
		licences.verify(people.user("officer@demo.local"), holder.id(), licenceId);
		licences.verify(people.user("officer@demo.local"), holder.id(), licenceId);

		assertThat(sent.one(user.accountId(), "LICENCE_VERIFIED", "/me/licences", "en", holder.email()).args())
			.containsExactly("Halal", "ID31110000123");
		assertThat(sent.count(people.user(neighbour.email()).accountId(), "LICENCE_VERIFIED")).isZero();
	}

}
