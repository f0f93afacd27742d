package id.jakpreneur.portal.entrepreneur.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts NIK and KK numbers (AES-256-GCM) and derives their keyed hash (HMAC-SHA256) for uniqueness and
 * look-up. Refuses to start without proper keys.
 * <p>
 * A ciphertext is {@code "JK" 0x01 <key id> <12-byte random IV> <ciphertext and tag>}. It is bound to its
 * participant and field: the associated data is the 4-byte head plus {@code participant:<id>:<NIK|KK>}, so a
 * ciphertext copied to another participant or to the other field does not decrypt (GCM refuses it), and its
 * key id cannot be changed either. The key id says which configured key decrypts it, so keys can rotate: new
 * values use the current key, and any known key still reads (see {@link PersonalDataRekeying}).
 * <p>
 * Values written before (just {@code <IV> <ciphertext and tag>}, no key id, no associated data) are still read:
 * when a value does not carry the head, or its head does not authenticate, it is tried as such a legacy value
 * with every known key. The re-encryption rewrites them. A legacy value starts with the 4-byte head by chance once
 * in 2^32, and then still decrypts through that fallback.
 */
@Component
public class PersonalDataCipher {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);

	static final byte[] MAGIC = { 'J', 'K' };

	static final byte FORMAT = 1;

	static final int HEAD_BYTES = 4;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final int currentKeyId;

	/** Every known key by id, the current one first. */
	private final Map<Integer, SecretKey> keys;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	PersonalDataCipher(PersonalDataSettings settings) {
		this.currentKeyId = settings.encryptionKeyId();
		if (currentKeyId < 1 || currentKeyId > 255) {
			throw new IllegalStateException("jakpreneur.personal-data.encryption-key-id must be between 1 and 255");
		}
		Map<Integer, SecretKey> known = new LinkedHashMap<>();
		known.put(currentKeyId, new SecretKeySpec(key(settings.encryptionKey(), "encryption-key"), "AES"));
		known.putAll(previousKeys(settings.previousEncryptionKeys(), currentKeyId));
		this.keys = Collections.unmodifiableMap(known);
		this.hashKey = new SecretKeySpec(key(settings.hashKey(), "hash-key"), "HmacSHA256");
	}

	private static Map<Integer, SecretKey> previousKeys(String list, int currentKeyId) {
		Map<Integer, SecretKey> previous = new LinkedHashMap<>();
		if (list == null || list.isBlank()) {
			return previous;
		}
		for (String entry : list.split(",")) {
			String[] idAndKey = entry.strip().split(":", 2);
			int id;
			try {
				id = Integer.parseInt(idAndKey[0].strip());
			}
			catch (NumberFormatException ex) {
				id = -1;
			}
			if (idAndKey.length != 2 || id < 1 || id > 255 || id == currentKeyId || previous.containsKey(id)) {
				throw new IllegalStateException("jakpreneur.personal-data.previous-encryption-keys must be "
						+ "\"<id>:<base64>\" entries, ids 1 to 255, each once and not the current key's id");
			}
			previous.put(id, new SecretKeySpec(key(idAndKey[1], "previous-encryption-keys (id " + id + ")"), "AES"));
		}
		return previous;
	}

	private static byte[] key(String base64, String name) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException("jakpreneur.personal-data." + name
					+ " is not set: NIK and KK cannot be stored without it (see README, Production)");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			key = new byte[0];
		}
		if (key.length != 32) {
			throw new IllegalStateException("jakpreneur.personal-data." + name + " must be 32 bytes in Base64");
		}
		return key;
	}

	public int currentKeyId() {
		return currentKeyId;
	}

	/** The head every value written with the current key starts with (for finding the others in SQL). */
	public byte[] currentHead() {
		return head(currentKeyId);
	}

	/** Encrypts a number for one participant's field with the current key. */
	public byte[] encrypt(String clear, long participantId, PersonalDataField field) {
		return seal(clear, participantContext(participantId, field));
	}

	/** Encrypts a registration draft's answers with the current key, bound to that draft (its token's hash). */
	byte[] encryptDraft(String clear, byte[] draftKey) {
		return seal(clear, draftContext(draftKey));
	}

	/**
	 * A registration draft's answers, or null when no configured key reads them for this draft (a draft written
	 * before a key was removed is then simply started again).
	 */
	String decryptDraftOrNull(byte[] stored, byte[] draftKey) {
		Integer keyId = keyIdOf(stored);
		if (keyId == null || !keys.containsKey(keyId)) {
			return null;
		}
		return open(stored, HEAD_BYTES, keys.get(keyId), associatedData(head(keyId), draftContext(draftKey)));
	}

	private byte[] seal(String clear, String context) {
		try {
			byte[] head = head(currentKeyId);
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData(head, context));
			byte[] encrypted = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(HEAD_BYTES + IV_BYTES + encrypted.length).put(head).put(iv).put(encrypted).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("encryption failed", ex);
		}
	}

	/**
	 * Decrypts one participant's field.
	 * @throws UnreadablePersonalDataException when no known key decrypts it for this participant and field: a value
	 * copied from elsewhere, a key that is no longer configured, or damaged bytes. Logged without the value.
	 */
	public String decrypt(byte[] stored, long participantId, PersonalDataField field) {
		String clear = tryDecrypt(stored, participantId, field);
		if (clear == null) {
			log.warn("The {} of participant {} does not decrypt with any configured key (key id in the value: {})",
					field, participantId, keyIdOf(stored));
			throw new UnreadablePersonalDataException();
		}
		return clear;
	}

	/** As {@link #decrypt}, but null when unreadable (where a missing number is better than no answer). */
	public String decryptOrNull(byte[] stored, long participantId, PersonalDataField field) {
		try {
			return decrypt(stored, participantId, field);
		}
		catch (UnreadablePersonalDataException ex) {
			return null;
		}
	}

	/** Whether a value is already in the current format with the current key for this participant and field. */
	boolean isCurrent(byte[] stored, long participantId, PersonalDataField field) {
		return hasHead(stored, currentKeyId)
				&& open(stored, HEAD_BYTES, keys.get(currentKeyId), associatedData(head(currentKeyId),
						participantContext(participantId, field))) != null;
	}

	private String tryDecrypt(byte[] stored, long participantId, PersonalDataField field) {
		if (stored == null) {
			return null;
		}
		Integer keyId = keyIdOf(stored);
		if (keyId != null && keys.containsKey(keyId)) {
			String clear = open(stored, HEAD_BYTES, keys.get(keyId), associatedData(head(keyId),
					participantContext(participantId, field)));
			if (clear != null) {
				return clear;
			}
		}
		for (SecretKey key : keys.values()) {
			String clear = open(stored, 0, key, null);
			if (clear != null) {
				return clear;
			}
		}
		return null;
	}

	/** The clear text, or null when this key and associated data do not authenticate the value. */
	private static String open(byte[] stored, int offset, SecretKey key, byte[] associatedData) {
		if (stored.length < offset + IV_BYTES + TAG_BITS / 8) {
			return null;
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, offset, IV_BYTES));
			if (associatedData != null) {
				cipher.updateAAD(associatedData);
			}
			int at = offset + IV_BYTES;
			return new String(cipher.doFinal(stored, at, stored.length - at), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			return null;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("decryption failed", ex);
		}
	}

	private static Integer keyIdOf(byte[] stored) {
		if (stored == null || stored.length < HEAD_BYTES || stored[0] != MAGIC[0] || stored[1] != MAGIC[1]
				|| stored[2] != FORMAT) {
			return null;
		}
		return stored[3] & 0xFF;
	}

	private static boolean hasHead(byte[] stored, int keyId) {
		return stored != null && stored.length >= HEAD_BYTES
				&& Arrays.equals(stored, 0, HEAD_BYTES, head(keyId), 0, HEAD_BYTES);
	}

	private static byte[] head(int keyId) {
		return new byte[] { MAGIC[0], MAGIC[1], FORMAT, (byte) keyId };
	}

	private static String participantContext(long participantId, PersonalDataField field) {
		return "participant:" + participantId + ":" + field.name();
	}

	private static String draftContext(byte[] draftKey) {
		return "registration-draft:" + java.util.HexFormat.of().formatHex(draftKey);
	}

	private static byte[] associatedData(byte[] head, String context) {
		byte[] bytes = context.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(head.length + bytes.length).put(head).put(bytes).array();
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
