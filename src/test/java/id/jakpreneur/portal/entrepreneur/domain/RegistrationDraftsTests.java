package id.jakpreneur.portal.entrepreneur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registration drafts in PostgreSQL: answers come back as they were typed (several values, any text), a draft expires
 * a lifetime after its last change and the purge deletes it then (clocks fixed at chosen instants), and a draft
 * another key wrote or another token's is not read.
 */
@PortalWebTest
class RegistrationDraftsTests {

	private static final Duration LIFETIME = Duration.ofHours(24);

	/** Long before today: a purge at this test's clock deletes only this test's drafts, never another test's. */
	private static final Instant WRITTEN = Instant.parse("2020-03-01T02:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	PersonalDataSettings settings;

	private RegistrationDrafts at(Instant now) {
		return at(now, cipher);
	}

	private RegistrationDrafts at(Instant now, PersonalDataCipher with) {
		return new RegistrationDrafts(jdbc, with, Clock.fixed(now, ZoneOffset.UTC), LIFETIME);
	}

	private static Map<String, List<String>> answers() {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		answers.put("nik", List.of("3171014907850001"));
		answers.put("address", List.of("Jl. Cideng & Timur = 7, RT 002/RW 005; 100% benar"));
		answers.put("channels", List.of("OFFLINE", "SOCIAL_MEDIA"));
		answers.put("products", List.of(""));
		return answers;
	}

	@Test
	void keepsTheAnswersAsTypedUntilTheyExpireAndThePurgeDeletesThemThen() {
		RegistrationDrafts drafts = at(WRITTEN);
		String token = drafts.newToken();
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
		drafts.save(token, answers());
		assertThat(drafts.answers(token)).isEqualTo(answers());
		assertThat(drafts.answers(drafts.newToken())).as("another token").isEmpty();

		RegistrationDrafts dayLater = at(WRITTEN.plus(LIFETIME).minusSeconds(1));
		assertThat(dayLater.answers(token)).isEqualTo(answers());
		dayLater.purgeExpired();
		assertThat(rows(token)).isOne();

		RegistrationDrafts expired = at(WRITTEN.plus(LIFETIME));
		assertThat(expired.answers(token)).as("expired, even before the purge").isEmpty();
		assertThat(expired.purgeExpired()).isGreaterThanOrEqualTo(1);
		assertThat(rows(token)).isZero();
	}

	@Test
	void everySaveGivesTheDraftAFullLifetimeAgain() {
		RegistrationDrafts drafts = at(WRITTEN);
		String token = drafts.newToken();
		drafts.save(token, answers());
		at(WRITTEN.plus(Duration.ofHours(20))).save(token, Map.of("nik", List.of("x")));
		RegistrationDrafts later = at(WRITTEN.plus(Duration.ofHours(30)));
		later.purgeExpired();
		assertThat(rows(token)).isOne();
		assertThat(later.answers(token)).containsExactly(Map.entry("nik", List.of("x")));
		at(WRITTEN.plus(Duration.ofHours(44))).purgeExpired();
		assertThat(rows(token)).isZero();
	}

	@Test
	void aDraftNoConfiguredKeyReadsIsStartedAgain() {
		RegistrationDrafts drafts = at(WRITTEN);
		String token = drafts.newToken();
		drafts.save(token, answers());
		String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
		PersonalDataCipher other = new PersonalDataCipher(new PersonalDataSettings(otherKey, 9, null,
				settings.hashKey(), settings.revealAlertPerDay(), settings.reencryptionBatch()));
		assertThat(at(WRITTEN, other).answers(token)).isEmpty();
		drafts.discard(token);
		assertThat(rows(token)).isZero();
	}

	@Test
	void theAnswersTravelAsFormEncodedText() {
		assertThat(RegistrationDrafts.decode(RegistrationDrafts.encode(answers()))).isEqualTo(answers());
		assertThat(RegistrationDrafts.decode("")).isEmpty();
	}

	private long rows(String token) {
		return jdbc.sql("select count(*) from registration_draft where token_hash = sha256(convert_to(:token, 'UTF8'))")
			.param("token", token)
			.query(Long.class)
			.single();
	}

}
