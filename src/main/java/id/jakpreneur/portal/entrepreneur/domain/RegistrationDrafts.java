package id.jakpreneur.portal.entrepreneur.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers of a registration in progress, kept in PostgreSQL between the pages of the registration journey
 * (decision 91): anonymous visitors have no HTTP session (decision 73), so a draft is found by a random token the
 * visitor's browser holds in a cookie (at the counter, the officer's session holds it). Only the token's SHA-256 is
 * stored, and the answers (NIK, KK and the password among them) are one ciphertext of the {@link PersonalDataCipher}
 * bound to the draft. A draft expires {@code jakpreneur.registration.draft-lifetime} after its last change;
 * {@link RegistrationDraftPurge} deletes expired ones. The answers are the form's fields as typed, each with its
 * values.
 */
@Service
@Transactional
public class RegistrationDrafts {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	private final Duration lifetime;

	RegistrationDrafts(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock,
			@Value("${jakpreneur.registration.draft-lifetime:24h}") Duration lifetime) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** A new random token for a draft (URL-safe Base64, 43 characters). */
	public String newToken() {
		return SecretTokens.newToken();
	}

	public Duration lifetime() {
		return lifetime;
	}

	/** The draft's answers; empty when there is no such draft, it has expired, or no key reads it any more. */
	@Transactional(readOnly = true)
	public Map<String, List<String>> answers(String token) {
		if (token == null || token.isEmpty()) {
			return new LinkedHashMap<>();
		}
		byte[] key = SecretTokens.sha256(token);
		Optional<byte[]> stored = jdbc.sql("""
				select answers from registration_draft where token_hash = :key and expires_at > :now
				""")
			.param("key", key)
			.param("now", Timestamp.from(clock.instant()))
			.query(byte[].class)
			.optional();
		return stored.map(bytes -> cipher.decryptDraftOrNull(bytes, key))
			.map(RegistrationDrafts::decode)
			.orElseGet(LinkedHashMap::new);
	}

	/** Stores the draft's answers, replacing what it held, and moves its expiry to a full lifetime from now. */
	public void save(String token, Map<String, List<String>> answers) {
		byte[] key = SecretTokens.sha256(token);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into registration_draft (token_hash, answers, updated_at, expires_at)
				values (:key, :answers, :now, :expires)
				on conflict (token_hash) do update
				set answers = excluded.answers, updated_at = excluded.updated_at, expires_at = excluded.expires_at
				""")
			.param("key", key)
			.param("answers", cipher.encryptDraft(encode(answers), key))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(lifetime)))
			.update();
	}

	public void discard(String token) {
		if (token != null && !token.isEmpty()) {
			jdbc.sql("delete from registration_draft where token_hash = :key")
				.param("key", SecretTokens.sha256(token))
				.update();
		}
	}

	/** Deletes every expired draft; returns how many. */
	public int purgeExpired() {
		return jdbc.sql("delete from registration_draft where expires_at <= :now")
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** The answers as one form-encoded text ({@code name=value&name=value}), the way a browser posts them. */
	static String encode(Map<String, List<String>> answers) {
		StringJoiner text = new StringJoiner("&");
		answers.forEach((name, values) -> values.forEach(value -> text
			.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return text.toString();
	}

	static Map<String, List<String>> decode(String text) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		if (text.isEmpty()) {
			return answers;
		}
		for (String pair : text.split("&")) {
			int at = pair.indexOf('=');
			String name = URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8);
			String value = URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8);
			answers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		}
		return answers;
	}

}
