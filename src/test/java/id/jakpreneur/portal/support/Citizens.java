package id.jakpreneur.portal.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.PersonDetails;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.TargetGroup;

/**
 * Valid, unique test citizens: DKI NIKs whose birth-date digits match, with a serial that counts up so that
 * tests sharing one database never collide.
 */
public final class Citizens {

	public static final String PASSWORD = "Usaha-Maju-2026";

	/** Serials count up within a test run (each run has a fresh database), so NIKs never collide. */
	private static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger(
			ThreadLocalRandom.current().nextInt(0, 9999));

	private Citizens() {
	}

	/** A NIK of the given kecamatan (six digits, e.g. "317101"), birth date and gender, with a random serial. */
	public static String nik(String district, LocalDate birthDate, Gender gender) {
		int day = birthDate.getDayOfMonth() + (gender == Gender.FEMALE ? 40 : 0);
		return district + String.format("%02d%02d%02d", day, birthDate.getMonthValue(), birthDate.getYear() % 100)
				+ String.format("%04d", SERIAL.getAndIncrement() % 9999 + 1);
	}

	/** A birth date between 1960 and 2000: with the random serial, NIKs of different tests do not collide. */
	public static LocalDate randomBirthDate() {
		return LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 40 * 365));
	}

	public static String kk() {
		return "317101" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 10_000_000_000L));
	}

	public static String email(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@example.id";
	}

	/** A mobile number as people type it (08…), random enough that no other test uses it. */
	public static String mobileNumber() {
		return "0813" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** A woman running a kuliner business in the given kelurahan (e.g. "31.71.01.1001", Gambir). */
	public static NewRegistration runningKuliner(String email, String villageCode) {
		LocalDate born = randomBirthDate();
		String district = villageCode.substring(0, 8).replace(".", "");
		PersonDetails person = new PersonDetails("Dewi Anggraini", nik(district, born, Gender.FEMALE), kk(),
				Gender.FEMALE, born, "+6281298765432", "Jl. Cideng Barat No. 5", villageCode,
				Set.of(TargetGroup.POOR_FAMILY));
		BusinessDetails business = new BusinessDetails(BusinessStage.RUNNING, "Kue Dewi", Sector.KULINER,
				"Kue basah dan nasi kotak", LocalDate.of(2022, 1, 15), 3_000_000, 12_000_000, 2,
				EnumSet.of(SalesChannel.OFFLINE), Map.of(LicenceType.NIB, "9120301234568"), true, false);
		return new NewRegistration(email, PASSWORD, person, business, "2026.1", RegistrationChannel.ONLINE, null);
	}

}
