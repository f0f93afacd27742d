package id.jakpreneur.portal.document.domain;

import static id.jakpreneur.portal.document.DocumentRefusedException.Reason.REQUIRED;
import static id.jakpreneur.portal.document.DocumentRefusedException.Reason.TOO_LARGE;
import static id.jakpreneur.portal.document.DocumentRefusedException.Reason.TYPE;
import static id.jakpreneur.portal.document.DocumentRefusedException.Reason.UNREADABLE;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import id.jakpreneur.portal.document.DocumentRefusedException;
import id.jakpreneur.portal.document.FileType;
import id.jakpreneur.portal.document.Images;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * What an upload must be to be kept (decision 98): not empty, within {@code jakpreneur.documents.max-bytes} (checked
 * before the bytes are read, and again while reading, since the declared size may lie), a PDF, JPEG or PNG by its
 * content whatever its name or declared type, a PDF whole (its end-of-file marker present), an image decoded and
 * re-encoded without metadata. The file name is reduced to safe characters and given the extension of the type found.
 */
@Component
public class DocumentCheck {

	static final int MAX_NAME = 100;

	private final long maxBytes;

	DocumentCheck(DocumentSettings settings,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize multipartMaxFileSize) {
		this.maxBytes = settings.maxBytes().toBytes();
		if (maxBytes > multipartMaxFileSize.toBytes()) {
			throw new IllegalStateException("jakpreneur.documents.max-bytes must not exceed "
					+ "spring.servlet.multipart.max-file-size, or a file between them is refused without a field message");
		}
	}

	/** A checked upload, ready to store. */
	public record CheckedFile(FileType type, String filename, byte[] bytes, String sha256) {
	}

	public long maxBytes() {
		return maxBytes;
	}

	public CheckedFile check(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new DocumentRefusedException(REQUIRED);
		}
		if (file.getSize() > maxBytes) {
			throw new DocumentRefusedException(TOO_LARGE);
		}
		byte[] bytes = read(file);
		FileType type = FileType.detect(bytes).orElseThrow(() -> new DocumentRefusedException(TYPE));
		if (type.image()) {
			Images.CleanImage image = Images.clean(bytes, maxBytes);
			type = image.type();
			bytes = image.bytes();
		}
		else if (!FileType.pdfComplete(bytes)) {
			throw new DocumentRefusedException(TYPE);
		}
		return new CheckedFile(type, filename(file.getOriginalFilename(), type), bytes, sha256(bytes));
	}

	private byte[] read(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (bytes.length > maxBytes) {
				throw new DocumentRefusedException(TOO_LARGE);
			}
			if (bytes.length == 0) {
				throw new DocumentRefusedException(REQUIRED);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new DocumentRefusedException(UNREADABLE);
		}
	}

	/**
	 * The name as kept and sent back: the last path segment of what the browser sent, letters without accents,
	 * digits, dot, dash, underscore and space only, at most {@value #MAX_NAME} characters, with the extension of the
	 * type found; "dokumen" when nothing is left.
	 */
	static String filename(String original, FileType type) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		if (dot >= 0) {
			name = name.substring(0, dot);
		}
		name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		name = name.replaceAll("[^A-Za-z0-9._ -]+", "_").replaceAll("_{2,}", "_").replaceAll("\\s+", " ");
		name = name.replaceAll("^[^A-Za-z0-9]+", "").strip();
		if (name.length() > MAX_NAME) {
			name = name.substring(0, MAX_NAME).strip();
		}
		if (name.isEmpty()) {
			name = "dokumen";
		}
		return name + "." + type.extension().toLowerCase(Locale.ROOT);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
