package id.jakpreneur.portal.outlet.domain;

import java.util.Optional;

/**
 * The types of stored photos, answered with exactly this type. Uploads are JPEG or PNG, recognised by their first
 * bytes (never by the file name or the type the browser claims) and then decoded and re-encoded
 * ({@link PhotoUpload}); WebP photos stored before that stay readable, but the JDK cannot decode WebP, so new ones
 * are refused.
 */
public enum PhotoType {

	JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

	/** 2 MB, the same limit as {@code spring.servlet.multipart.max-file-size}. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String contentType;

	PhotoType(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return contentType;
	}

	public static Optional<PhotoType> ofContentType(String contentType) {
		for (PhotoType type : values()) {
			if (type.contentType.equals(contentType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The upload type (JPEG or PNG) these bytes start with, if any. */
	public static Optional<PhotoType> detect(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, PNG_SIGNATURE, 0)) {
			return Optional.of(PNG);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
		if (bytes.length < at + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[at + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
