package id.jakpreneur.portal.document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The types of file the portal keeps, recognised from the content's first bytes, never from the file name or the
 * type the browser claims, and served with exactly this Content-Type.
 */
public enum FileType {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

	private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** The PDF specification lets the end-of-file marker sit within the last 1024 bytes. */
	private static final int PDF_TRAILER_WINDOW = 1024;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String contentType;

	private final String extension;

	FileType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public boolean image() {
		return this != PDF;
	}

	public static Optional<FileType> ofContentType(String contentType) {
		for (FileType type : values()) {
			if (type.contentType.equals(contentType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The type these bytes start with, if any (a PDF is only a PDF once {@link #complete} says it ends as one). */
	public static Optional<FileType> detect(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, PDF_HEADER)) {
			return Optional.of(PDF);
		}
		return Optional.empty();
	}

	/** Whether a PDF ends with its end-of-file marker (a truncated upload does not). Images are checked by decoding. */
	public static boolean pdfComplete(byte[] bytes) {
		for (int at = bytes.length - PDF_END.length; at >= Math.max(0, bytes.length - PDF_TRAILER_WINDOW); at--) {
			if (matches(bytes, PDF_END, at)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && matches(bytes, prefix, 0);
	}

	private static boolean matches(byte[] bytes, byte[] part, int at) {
		for (int i = 0; i < part.length; i++) {
			if (bytes[at + i] != part[i]) {
				return false;
			}
		}
		return true;
	}

}
