package id.jakpreneur.portal.outlet.domain;

import java.util.Optional;

import id.jakpreneur.portal.document.FileType;
import id.jakpreneur.portal.document.Images;

/**
 * The types of stored photos, answered with exactly this type. Uploads are JPEG or PNG, recognised by their first
 * bytes (never by the file name or the type the browser claims) and then decoded and re-encoded
 * ({@link PhotoUpload}, through the document module's {@link Images}); WebP photos stored before that stay readable,
 * but the JDK cannot decode WebP, so new ones are refused.
 */
public enum PhotoType {

	JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

	/** 2 MB, below {@code spring.servlet.multipart.max-file-size}, so the form answers a larger photo itself. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

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

	/** The upload type (JPEG or PNG) these bytes start with, if any ({@link Images#detect}). */
	public static Optional<PhotoType> detect(byte[] bytes) {
		return Images.detect(bytes).map(PhotoType::of);
	}

	static PhotoType of(FileType type) {
		return switch (type) {
			case JPEG -> JPEG;
			case PNG -> PNG;
			case PDF -> throw new IllegalArgumentException("a PDF is not a photo");
		};
	}

}
