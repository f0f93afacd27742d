package id.jakpreneur.portal.entrepreneur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.query.PersonalDataQueries;
import id.jakpreneur.portal.entrepreneur.query.RekeyRun;
import id.jakpreneur.portal.shared.AdvisoryLocks;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Key rotation: with a new current key (id 2) and the old one kept as a previous key (id 1), rows written with
 * the old key and rows from before key ids (no key id, no binding) are read; the re-encryption then moves every
 * row to the new key in batches, and a second run finds nothing left. The test rotates back at the end, so the
 * shared test database stays readable with the portal's own key.
 */
@PortalWebTest
class KeyRotationTests {

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	@Autowired
	Registration registration;

	@Autowired
	PersonalDataCipher portalCipher;

	@Autowired
	PersonalDataSettings settings;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalDataQueries queries;

	@Autowired
	AdvisoryLocks locks;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@Autowired
	AccountManagement accounts;

	@Test
	void rotationReEncryptsEveryRowAndOldKeyRowsStayReadableBeforeIt() throws Exception {
		String oldKey = settings.encryptionKey();
		String newKey = randomKey();
		PortalUser admin = (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.ADMIN));
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			NewRegistration citizen = Citizens.runningKuliner(Citizens.email("kunci"), "31.71.01.1002");
			people.add(new Person(registration.register(citizen), citizen.person().nik(), citizen.person().kk()));
		}
		// two participants from before key ids: no key id, no binding, encrypted with the old key
		for (Person legacy : people.subList(3, 5)) {
			jdbc.update("update participant set nik_encrypted = ?, kk_encrypted = ? where id = ?",
					legacyCiphertext(oldKey, legacy.nik()), legacyCiphertext(oldKey, legacy.kk()), legacy.id());
		}
		for (Person p : people) {
			assertThat(portalCipher.decrypt(stored(p.id(), "nik_encrypted"), p.id(), PersonalDataField.NIK))
				.as("today's key reads both formats").isEqualTo(p.nik());
		}

		PersonalDataSettings rotated = settings(newKey, 2, "1:" + oldKey);
		PersonalDataCipher newCipher = new PersonalDataCipher(rotated);
		try {
			for (Person p : people) {
				assertThat(newCipher.decrypt(stored(p.id(), "nik_encrypted"), p.id(), PersonalDataField.NIK))
					.as("old-key rows stay readable before the re-encryption").isEqualTo(p.nik());
				assertThat(newCipher.decrypt(stored(p.id(), "kk_encrypted"), p.id(), PersonalDataField.KK))
					.isEqualTo(p.kk());
			}
			List<Long> unreadableBefore = unreadable(newCipher);

			RekeyRun run = rekeyToTheEnd(newCipher, rotated, admin);

			assertThat(run.keyId()).isEqualTo(2);
			assertThat(run.unreadable()).isEqualTo(unreadableBefore.size());
			for (Person p : people) {
				byte[] nik = stored(p.id(), "nik_encrypted");
				byte[] kk = stored(p.id(), "kk_encrypted");
				assertThat(Arrays.copyOf(nik, 4)).isEqualTo(newCipher.currentHead());
				assertThat(Arrays.copyOf(kk, 4)).isEqualTo(newCipher.currentHead());
				assertThat(newCipher.decrypt(nik, p.id(), PersonalDataField.NIK)).isEqualTo(p.nik());
				assertThat(newCipher.decrypt(kk, p.id(), PersonalDataField.KK)).isEqualTo(p.kk());
				assertThat(portalCipher.decryptOrNull(nik, p.id(), PersonalDataField.NIK))
					.as("the old key alone no longer reads it: it was re-encrypted").isNull();
			}
			assertThat(queries.participantsNotUnder(newCipher.currentHead()))
				.as("every readable row is under the new key").isEqualTo(unreadableBefore.size());

			RekeyRun again = rekeyToTheEnd(newCipher, rotated, admin);
			assertThat(again.id()).isNotEqualTo(run.id());
			assertThat(again.rewritten()).as("a second run finds nothing to do").isZero();
		}
		finally {
			// back to the portal's key, with the new one as a previous key, so the other tests can read every row
			PersonalDataSettings back = settings(oldKey, settings.encryptionKeyId(), "2:" + newKey);
			rekeyToTheEnd(new PersonalDataCipher(back), back, admin);
		}
		for (Person p : people) {
			assertThat(portalCipher.decrypt(stored(p.id(), "nik_encrypted"), p.id(), PersonalDataField.NIK))
				.isEqualTo(p.nik());
		}
	}

	@Test
	void aCiphertextOfTheCurrentFormatCarriesItsKeyIdAndIsBoundToItsParticipantAndField() {
		byte[] value = portalCipher.encrypt("3171014907850009", 42, PersonalDataField.NIK);
		assertThat(Arrays.copyOf(value, 4)).containsExactly('J', 'K', 1, settings.encryptionKeyId());
		assertThat(portalCipher.decrypt(value, 42, PersonalDataField.NIK)).isEqualTo("3171014907850009");
		assertThat(portalCipher.decryptOrNull(value, 43, PersonalDataField.NIK)).isNull();
		assertThat(portalCipher.decryptOrNull(value, 42, PersonalDataField.KK)).isNull();
		byte[] otherKeyId = value.clone();
		otherKeyId[3] = 9;
		assertThat(portalCipher.decryptOrNull(otherKeyId, 42, PersonalDataField.NIK)).isNull();
	}

	/** Starts a run with this cipher and waits, with a deadline, until it has finished. */
	private RekeyRun rekeyToTheEnd(PersonalDataCipher cipher, PersonalDataSettings with, PortalUser admin)
			throws InterruptedException {
		PersonalDataRekeying rekeying = new PersonalDataRekeying(jdbcClient, cipher, queries, locks,
				transactionManager, clock, with);
		try {
			long id = rekeying.start(admin);
			Instant until = Instant.now().plus(DEADLINE);
			while (queries.openRekeyRun().isPresent()) {
				assertThat(Instant.now()).as("the re-encryption finishes in time").isBefore(until);
				Thread.sleep(20);
			}
			return queries.latestRekeyRuns().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
		}
		finally {
			rekeying.destroy();
		}
	}

	private PersonalDataSettings settings(String key, int keyId, String previous) {
		return new PersonalDataSettings(key, keyId, previous, settings.hashKey(), settings.revealAlertPerDay(), 2);
	}

	private List<Long> unreadable(PersonalDataCipher cipher) {
		return jdbc.query("select id, nik_encrypted, kk_encrypted from participant where erased_at is null order by id", (rs, n) -> {
			long id = rs.getLong("id");
			boolean readable = cipher.decryptOrNull(rs.getBytes("nik_encrypted"), id, PersonalDataField.NIK) != null
					&& cipher.decryptOrNull(rs.getBytes("kk_encrypted"), id, PersonalDataField.KK) != null;
			return readable ? null : id;
		}).stream().filter(java.util.Objects::nonNull).toList();
	}

	private byte[] stored(long id, String column) {
		return jdbc.queryForObject("select " + column + " from participant where id = ?", byte[].class, id);
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/** A value as the portal wrote it before key ids: IV and ciphertext, no associated data. */
	private static byte[] legacyCiphertext(String base64Key, String clear) throws Exception {
		byte[] iv = new byte[12];
		new SecureRandom().nextBytes(iv);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
				new GCMParameterSpec(128, iv));
		byte[] encrypted = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.allocate(iv.length + encrypted.length).put(iv).put(encrypted).array();
	}

	private record Person(long id, String nik, String kk) {
	}

}
