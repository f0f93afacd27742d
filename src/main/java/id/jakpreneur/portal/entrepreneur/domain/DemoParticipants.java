package id.jakpreneur.portal.entrepreneur.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo entrepreneurs, registered like any citizen, only in demo mode: warga@demo.local (a kuliner business in
 * Gambir), dewi@demo.local (batik, her curated products in the partners' catalogue) and agus@demo.local (who asked
 * for his data to be erased). Idempotent.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoParticipants implements DemoData {

	static final String EMAIL = "warga@demo.local";

	/** A second entrepreneur, whose curated products partners see in the catalogue. */
	static final String CATALOGUE_EMAIL = "dewi@demo.local";

	/** A third entrepreneur, with a pending request to erase her data. */
	static final String DELETION_EMAIL = "agus@demo.local";

	private static final Logger log = LoggerFactory.getLogger(DemoParticipants.class);

	private final Registration registration;

	private final AccountManagement accounts;

	private final PersonalData personalData;

	private final String noticeVersion;

	DemoParticipants(Registration registration, AccountManagement accounts, PersonalData personalData,
			@Value("${jakpreneur.privacy.version}") String noticeVersion) {
		this.registration = registration;
		this.personalData = personalData;
		this.accounts = accounts;
		this.noticeVersion = noticeVersion;
	}

	@Override
	public void createDemoData() {
		PersonDetails person = new PersonDetails("Siti Rahmawati", "3171015203880001", "3171010101230004", Gender.FEMALE,
				LocalDate.of(1988, 3, 12), "+6281234567890", "Jl. Kebon Kelapa No. 12, RT 003/RW 004", "31.71.01.1001",
				Set.of(TargetGroup.JOB_SEEKER));
		BusinessDetails business = new BusinessDetails(BusinessStage.RUNNING, "Nasi Uduk Bu Siti", Sector.KULINER,
				"Nasi uduk, gorengan, dan kue basah untuk sarapan", LocalDate.of(2023, 6, 1), 4_500_000, 9_000_000, 1,
				EnumSet.of(SalesChannel.OFFLINE, SalesChannel.SOCIAL_MEDIA), Map.of(LicenceType.NIB, "9120301234567"),
				false, false);
		register(EMAIL, person, business);
		// a batik maker whose curated products are in the partners' catalogue (DemoOutlets gives her consent)
		register(CATALOGUE_EMAIL, new PersonDetails("Dewi Lestari", "3171064708910002", "3171060101190007",
				Gender.FEMALE, LocalDate.of(1991, 8, 7), "+6281298765432", "Jl. Kebon Sirih Barat No. 5, RT 007/RW 002",
				"31.71.06.1005", Set.of()),
				new BusinessDetails(BusinessStage.RUNNING, "Batik Tulis Dewi", Sector.KRIYA,
						"Batik tulis motif Betawi: kain, syal, dan taplak", LocalDate.of(2021, 2, 1), 6_000_000,
						15_000_000, 2, EnumSet.of(SalesChannel.OFFLINE, SalesChannel.MARKETPLACE),
						Map.of(LicenceType.NIB, "9120305550123"), false, false));
		// a participant who asked for his data to be erased: one pending request on /admin/privacy/deletions
		long leaving = register(DELETION_EMAIL, new PersonDetails("Agus Prasetyo", "3174020905850003",
				"3174020101150009", Gender.MALE, LocalDate.of(1985, 5, 9), "+6281311122233",
				"Jl. Pasar Rumput No. 3, RT 001/RW 005", "31.74.02.1006", Set.of()),
				new BusinessDetails(BusinessStage.RUNNING, "Kopi Keliling Agus", Sector.KULINER,
						"Kopi susu gula aren dengan gerobak sepeda", LocalDate.of(2024, 1, 15), 1_000_000, 3_000_000, 0,
						EnumSet.of(SalesChannel.OFFLINE),
						Map.of(), false, false));
		if (leaving > 0) {
			personalData.requestDeletion((PortalUser) accounts.loadUserByUsername(DELETION_EMAIL), leaving);
			log.info("Demo mode is on: demo participant {} asked for the erasure of his data", DELETION_EMAIL);
		}
	}

	/** Registers the participant like any citizen; 0 when her account exists already. */
	private long register(String email, PersonDetails person, BusinessDetails business) {
		if (!accounts.isEmailFree(email)) {
			return 0;
		}
		try {
			long id = registration.register(new NewRegistration(email, DemoPassword.VALUE, person, business,
					noticeVersion, RegistrationChannel.ONLINE, null));
			log.info("Demo mode is on: demo entrepreneur {} registered", email);
			return id;
		}
		catch (EmailTakenException | NikTakenException ex) {
			// another instance registered it at the same moment
			return 0;
		}
	}

	/** The shared demo password of the route map. */
	static final class DemoPassword {

		static final String VALUE = "jakpreneur-demo";

		private DemoPassword() {
		}

	}

}
