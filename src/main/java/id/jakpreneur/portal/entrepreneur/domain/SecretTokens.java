package id.jakpreneur.portal.entrepreneur.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random tokens of registration (activation links, drafts): 32 random bytes in URL-safe Base64 (43 characters),
 * stored only as their SHA-256, so a copy of the table opens nothing.
 */
final class SecretTokens {

	static final int LENGTH = 43;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
