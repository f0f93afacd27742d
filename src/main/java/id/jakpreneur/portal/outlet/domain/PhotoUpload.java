package id.jakpreneur.portal.outlet.domain;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * An uploaded product photo as the portal keeps it: decoded and drawn again, so that only its pixels survive.
 * Whatever else the file carried (EXIF with the GPS position of the kitchen, PNG text chunks, an HTML page after
 * the image's end) is gone; a file that does not decode as the JPEG or PNG its first bytes claim is refused, and
 * so is one whose declared size exceeds {@link #MAX_PIXELS} (a decompression bomb), before any pixel is decoded.
 * A PNG without transparency that would be over 2 MB once re-encoded is kept as a JPEG instead.
 */
public record PhotoUpload(PhotoType type, byte[] bytes) {

	/** 16.7 megapixels (4096 × 4096): more than any phone photo within 2 MB, about 64 MB once decoded. */
	public static final long MAX_PIXELS = 4096L * 4096L;

	private static final float[] JPEG_QUALITIES = { 0.9f, 0.75f, 0.6f };

	/**
	 * Checks and cleans an upload.
	 * @throws OutletRefusedException when empty, over 2 MB, not a JPEG or PNG that decodes, or too many pixels
	 */
	public static PhotoUpload clean(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new OutletRefusedException("outlet.photo.required");
		}
		if (upload.length > PhotoType.MAX_BYTES) {
			throw new OutletRefusedException("outlet.photo.tooLarge");
		}
		PhotoType type = PhotoType.detect(upload).orElseThrow(() -> new OutletRefusedException("outlet.photo.type"));
		BufferedImage image = decode(upload, type);
		boolean alpha = image.getColorModel().hasAlpha();
		if (type == PhotoType.PNG) {
			byte[] png = encode(image, PhotoType.PNG, alpha, 0);
			if (png.length <= PhotoType.MAX_BYTES) {
				return new PhotoUpload(PhotoType.PNG, png);
			}
			if (alpha) {
				throw new OutletRefusedException("outlet.photo.tooLarge");
			}
		}
		// a photo without transparency, as a JPEG: quality lowered only when the first one would not fit
		for (float quality : JPEG_QUALITIES) {
			byte[] jpeg = encode(image, PhotoType.JPEG, false, quality);
			if (jpeg.length <= PhotoType.MAX_BYTES) {
				return new PhotoUpload(PhotoType.JPEG, jpeg);
			}
		}
		throw new OutletRefusedException("outlet.photo.tooLarge");
	}

	private static BufferedImage decode(byte[] upload, PhotoType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == PhotoType.JPEG ? "jpeg" : "png");
		if (!readers.hasNext()) {
			throw new IllegalStateException("no ImageIO reader for " + type);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			reader.setInput(in, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > MAX_PIXELS) {
				throw new OutletRefusedException("outlet.photo.tooManyPixels");
			}
			return reader.read(0);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof OutletRefusedException refused) {
				throw refused;
			}
			// a broken or unsupported file (CMYK JPEG, truncated data, a bad chunk): the form's usual message
			throw new OutletRefusedException("outlet.photo.type");
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * The pixels only, drawn on a fresh image and written without any metadata: a PNG of IHDR, IDAT and IEND, or a
	 * plain JFIF.
	 */
	private static byte[] encode(BufferedImage decoded, PhotoType type, boolean alpha, float quality) {
		boolean png = type == PhotoType.PNG;
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
			throw new IllegalStateException("re-encoding a decoded photo failed", ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
