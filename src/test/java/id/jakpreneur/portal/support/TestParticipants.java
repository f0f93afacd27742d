package id.jakpreneur.portal.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.PersonDetails;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * Fresh participants for tests that share one database: each has its own email and a NIK that no other test uses
 * (a random birth date in the NIK plus a serial counted in this JVM), registered through the real Registration API.
 * Build it from the autowired services; it is not a bean, so the shared test context stays the same.
 */
public class TestParticipants {

	public static final String PASSWORD = "Usaha-Maju-2026";

	private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

	private final Registration registration;

	private final ParticipantRecords records;

	private final AccountManagement accounts;

	public TestParticipants(Registration registration, ParticipantRecords records, AccountManagement accounts) {
		this.registration = registration;
		this.records = records;
		this.accounts = accounts;
	}

	/** A registered (not yet validated) participant in this kelurahan with a running business of this sector. */
	public Registered register(String name, String villageCode, Sector sector, long monthlySales) {
		LocalDate birth = LocalDate.of(1970 + ThreadLocalRandom.current().nextInt(30),
				1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
		String nik = "317101" + String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(),
				birth.getYear() % 100) + String.format("%04d", SERIAL.incrementAndGet() % 10000);
		String email = "peserta-" + UUID.randomUUID() + "@example.id";
		PersonDetails person = new PersonDetails(name, nik, "3171" + String.format("%012d",
				ThreadLocalRandom.current().nextLong(1_000_000_000_000L)), Gender.MALE, birth, "+6281234567890",
				"Jl. Uji No. 1", villageCode, Set.of());
		BusinessDetails business = new BusinessDetails(BusinessStage.RUNNING, "Usaha " + name, sector, "Produk uji",
				LocalDate.now().minusYears(2), 5_000_000, monthlySales, 1, EnumSet.of(SalesChannel.OFFLINE), Map.of(),
				false, false);
		long id = registration.register(new NewRegistration(email, PASSWORD, person, business, "2026.1",
				RegistrationChannel.ONLINE, null));
		return new Registered(id, email);
	}

	/** The same, then validated by the demo administrator (P1 done). */
	public Registered registerValidated(String name, String villageCode, Sector sector) {
		Registered participant = register(name, villageCode, sector, 9_000_000);
		records.validate(user("admin@demo.local"), participant.id());
		return participant;
	}

	/** A new officer of these areas (kota or kecamatan codes); returns their login. */
	public String officer(String... areaCodes) {
		String email = "petugas-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, null, "Petugas " + String.join(" ", areaCodes), Role.OFFICER, PASSWORD,
				Set.of(areaCodes), false));
		return email;
	}

	public PortalUser user(String email) {
		return (PortalUser) accounts.loadUserByUsername(email);
	}

	/** A participant's id and login. */
	public record Registered(long id, String email) {
	}

}
