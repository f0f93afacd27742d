package id.jakpreneur.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The licences in the citizen's data rights: the export carries the officer's reason; the erasure leaves nothing. */
@PortalWebTest
class LicensingPersonalDataTests {

	@Autowired
	List<PersonalDataHolder> holders;

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
	@SuppressWarnings("unchecked")
	void theExportShowsTheReturnAndTheErasureBlanksNumberAndReason() {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered me = people.registerValidated("Pemilik Data Izin", "31.71.01.1001", Sector.JASA);
		PortalUser user = people.user(me.email());
		long id = licences.record(user, new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, "9120301237777",
				LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(5), null));
		licences.returnLicence(people.user("officer@demo.local"), me.id(), id, "Tanggal terbit tidak sesuai.");
		PersonalDataHolder holder = holders.stream().filter(h -> h.name().equals("licences")).findFirst().orElseThrow();

		assertThat((List<?>) ((Map<String, Object>) holder.export(me.id())).get("licences")).singleElement()
			.satisfies(row -> assertThat((Map<String, Object>) row).containsEntry("licence_number", "9120301237777")
				.containsEntry("state", "RETURNED")
				.containsEntry("return_reason", "Tanggal terbit tidak sesuai."));
		assertThat(holder.erase(me.id())).isPositive();
		assertThat(jdbc.queryForMap("select licence_number, return_reason, state from licence where participant_id = ?",
				me.id()))
			.containsEntry("licence_number", "")
			.containsEntry("return_reason", PersonalDataHolder.ERASED_TEXT)
			.containsEntry("state", "RETURNED");
	}

}
