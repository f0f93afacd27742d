package id.jakpreneur.portal.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.NikTakenException;
import id.jakpreneur.portal.entrepreneur.domain.PersonDetails;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.DemoUsers;

/**
 * Registers a new participant through the entrepreneur module's API for each test, so that tests sharing the
 * database never depend on each other's data: a random valid DKI NIK (a man born on a day of January 1990) and a
 * random email.
 */
public final class FreshParticipants {

	/** Gambir, inside the demo officer's area (Jakarta Pusat) and the demo mentor's. */
	public static final String GAMBIR = "31.71.01.1001";

	/** Tebet Timur, Jakarta Selatan: outside the demo officer's area. */
	public static final String TEBET = "31.74.01.1001";

	public static final String NIB = "9120301234567";

	private FreshParticipants() {
	}

	public record Fresh(long id, PortalUser user) {
	}

	/** A demo account as the logged-in person it would be. */
	public static PortalUser demo(AccountManagement accounts, Role role) {
		return (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(role));
	}

	public static Fresh register(Registration registration, AccountManagement accounts, String villageCode,
			BusinessDetails business) {
		for (int attempt = 0; attempt < 20; attempt++) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			int day = 1 + random.nextInt(28);
			String nik = "317101" + String.format("%02d", day) + "0190" + String.format("%04d", 1 + random.nextInt(9999));
			String email = "t-" + UUID.randomUUID() + "@test.local";
			PersonDetails person = new PersonDetails("Peserta Uji", nik, "3171010101230004", Gender.MALE,
					LocalDate.of(1990, 1, day), "+6281234567890", "Jl. Uji No. 1", villageCode, Set.of());
			try {
				long id = registration.register(new NewRegistration(email, "rahasia-uji-123", person, business, "2026.1",
						RegistrationChannel.ONLINE, null));
				return new Fresh(id, (PortalUser) accounts.loadUserByUsername(email));
			}
			catch (NikTakenException ex) {
				// another test drew the same NIK: draw again
			}
		}
		throw new IllegalStateException("no free NIK after 20 attempts");
	}

	/** A kuliner seller of three years, with an NIB but no SPP-IRT, selling offline and on social media. */
	public static BusinessDetails kuliner() {
		return new BusinessDetails(BusinessStage.RUNNING, "Warung Uji", Sector.KULINER, "Nasi dan lauk",
				LocalDate.now(Jakarta.ZONE).minusYears(3), 4_500_000, 9_000_000, 1,
				EnumSet.of(SalesChannel.OFFLINE, SalesChannel.SOCIAL_MEDIA), Map.of(LicenceType.NIB, NIB), false, false);
	}

	/** Answers of a business running for three years, with the given licences; everything else held constant. */
	public static Answers answers(Map<LicenceType, String> licences) {
		return new Answers(BusinessStage.RUNNING, LocalDate.now(Jakarta.ZONE).minusYears(3), Sector.JASA, true,
				9_000_000, 4_500_000, 1, licences, false, false, false,
				EnumSet.of(SalesChannel.OFFLINE, SalesChannel.SOCIAL_MEDIA), false, false, false, true, MainObstacle.NONE);
	}

}
