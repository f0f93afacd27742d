package id.jakpreneur.portal.entrepreneur.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts NIK and KK numbers (AES-256-GCM, random 96-bit IV stored in front of the ciphertext) and derives
 * their keyed hash (HMAC-SHA256) for uniqueness and look-up. Refuses to start without proper keys.
 */
@Component
public class PersonalDataCipher {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	PersonalDataCipher(PersonalDataSettings settings) {
		this.encryptionKey = new SecretKeySpec(key(settings.encryptionKey(), "encryption-key"), "AES");
		this.hashKey = new SecretKeySpec(key(settings.hashKey(), "hash-key"), "HmacSHA256");
	}

	private static byte[] key(String base64, String name) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException("jakpreneur.personal-data." + name
					+ " is not set: NIK and KK cannot be stored without it (see README, Production)");
		}
		byte[] key = Base64.getDecoder().decode(base64.strip());
		if (key.length != 32) {
			throw new IllegalStateException("jakpreneur.personal-data." + name + " must be 32 bytes in Base64");
		}
		return key;
	}

	public byte[] encrypt(String clear) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] encrypted = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV_BYTES + encrypted.length).put(iv).put(encrypted).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("encryption failed", ex);
		}
	}

	public String decrypt(byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
			return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("decryption failed", ex);
		}
	}

	public byte[] hash(String clear) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return mac.doFinal(clear.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("hashing failed", ex);
		}
	}

}
