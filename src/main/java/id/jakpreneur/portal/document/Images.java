package id.jakpreneur.portal.document;

import static id.jakpreneur.portal.document.DocumentRefusedException.Reason.REQUIRED;
import static id.jakpreneur.portal.document.DocumentRefusedException.Reason.TOO_LARGE;
import static id.jakpreneur.portal.document.DocumentRefusedException.Reason.TOO_MANY_PIXELS;
import static id.jakpreneur.portal.document.DocumentRefusedException.Reason.TYPE;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The one check and clean-up of uploaded images (documents and outlet's product photos): an image is kept as the
 * portal draws it again, so that only its pixels survive. Whatever else the file carried (EXIF with the GPS position
 * of the kitchen, PNG text chunks, an HTML page after the image's end) is gone; a file that does not decode as the
 * JPEG or PNG its first bytes claim is refused, and so is one whose declared size exceeds {@link #MAX_PIXELS} (a
 * decompression bomb), before any pixel is decoded. A PNG without transparency that would be over the limit once
 * re-encoded is kept as a JPEG instead.
 */
public final class Images {

	/** 16.7 megapixels (4096 × 4096): more than any phone photo of a few MB, about 64 MB once decoded. */
	public static final long MAX_PIXELS = 4096L * 4096L;

	private static final float[] JPEG_QUALITIES = { 0.9f, 0.75f, 0.6f };

	private Images() {
	}

	/** An image as kept: its type and the re-encoded bytes. */
	public record CleanImage(FileType type, byte[] bytes) {
	}

	/** The image type (JPEG or PNG) these bytes start with, if any. */
	public static Optional<FileType> detect(byte[] bytes) {
		return FileType.detect(bytes).filter(FileType::image);
	}

	/**
	 * Checks and cleans an uploaded image.
	 * @throws DocumentRefusedException when empty, over {@code maxBytes}, not a JPEG or PNG that decodes, or too many
	 * pixels
	 */
	public static CleanImage clean(byte[] upload, long maxBytes) {
		if (upload == null || upload.length == 0) {
			throw new DocumentRefusedException(REQUIRED);
		}
		if (upload.length > maxBytes) {
			throw new DocumentRefusedException(TOO_LARGE);
		}
		FileType type = detect(upload).orElseThrow(() -> new DocumentRefusedException(TYPE));
		BufferedImage image = decode(upload, type);
		boolean alpha = image.getColorModel().hasAlpha();
		if (type == FileType.PNG) {
			byte[] png = encode(image, FileType.PNG, alpha, 0);
			if (png.length <= maxBytes) {
				return new CleanImage(FileType.PNG, png);
			}
			if (alpha) {
				throw new DocumentRefusedException(TOO_LARGE);
			}
		}
		// an image without transparency, as a JPEG: quality lowered only when the first one would not fit
		for (float quality : JPEG_QUALITIES) {
			byte[] jpeg = encode(image, FileType.JPEG, false, quality);
			if (jpeg.length <= maxBytes) {
				return new CleanImage(FileType.JPEG, jpeg);
			}
		}
		throw new DocumentRefusedException(TOO_LARGE);
	}

	private static BufferedImage decode(byte[] upload, FileType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == FileType.JPEG ? "jpeg" : "png");
		if (!readers.hasNext()) {
			throw new IllegalStateException("no ImageIO reader for " + type);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			reader.setInput(in, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > MAX_PIXELS) {
				throw new DocumentRefusedException(TOO_MANY_PIXELS);
			}
			return reader.read(0);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DocumentRefusedException refused) {
				throw refused;
			}
			// a broken or unsupported file (CMYK JPEG, truncated data, a bad chunk): the usual message
			throw new DocumentRefusedException(TYPE);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * The pixels only, drawn on a fresh image and written without any metadata: a PNG of IHDR, IDAT and IEND, or a
	 * plain JFIF.
	 */
	private static byte[] encode(BufferedImage decoded, FileType type, boolean alpha, float quality) {
		boolean png = type == FileType.PNG;
		BufferedImage pixels = new BufferedImage(decoded.getWidth(), decoded.getHeight(),
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = pixels.createGraphics();
		try {
			g.drawImage(decoded, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (!png) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(quality);
			}
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("re-encoding a decoded image failed", ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
