package id.jakpreneur.portal.outlet;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import id.jakpreneur.portal.outlet.domain.DemoOutlets;

/**
 * Photos built here, so no binary file sits in the repository: real JPEG and PNG images, hostile ones (a PNG that
 * is also an HTML page, a JPEG carrying a GPS position, a decompression bomb), and bytes that only start like an
 * image.
 */
public final class PhotoFixtures {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** The HTML a polyglot carries. */
	public static final String HTML = "<html><body><script>alert(document.cookie)</script></body></html>";

	private PhotoFixtures() {
	}

	public static byte[] png() {
		return DemoOutlets.demoPhoto();
	}

	/** A real 64 × 48 JPEG, as ImageIO writes it (JFIF, no EXIF). */
	public static byte[] jpeg() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xC0, 0x80, 0x40));
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Only the first bytes of a WebP file. */
	public static byte[] webp() {
		return withHead(new byte[] { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' }, 64);
	}

	/** Only the first bytes of a JPEG, then zeros: it does not decode. */
	public static byte[] jpegHeadOnly() {
		return withHead(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' },
				64);
	}

	public static byte[] withHead(byte[] head, int size) {
		byte[] bytes = new byte[Math.max(size, head.length)];
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	/**
	 * A PNG that a browser sniffing for HTML would also take for a page: the HTML in a tEXt chunk before the image
	 * data and again after IEND. It decodes as a valid image.
	 */
	public static byte[] pngHtmlPolyglot() {
		byte[] png = png();
		int afterHeader = PNG_SIGNATURE.length + 8 + 13 + 4; // signature, then IHDR (length, type, 13 bytes, CRC)
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterHeader);
		writeChunk(out, "tEXt", ("Comment\0" + HTML).getBytes(StandardCharsets.ISO_8859_1));
		out.write(png, afterHeader, png.length - afterHeader);
		out.writeBytes(HTML.getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	/** A JPEG with an EXIF segment holding a GPS position (6°10'30" S, 106°49'40" E: Monas) after its JFIF header. */
	public static byte[] jpegWithGps() {
		byte[] jpeg = jpeg();
		int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		int afterApp0 = 4 + app0Length;
		byte[] tiff = gpsTiff();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, afterApp0);
		byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		int segmentLength = 2 + exifHeader.length + tiff.length;
		out.write(0xFF);
		out.write(0xE1);
		out.write(segmentLength >> 8);
		out.write(segmentLength & 0xFF);
		out.writeBytes(exifHeader);
		out.writeBytes(tiff);
		out.write(jpeg, afterApp0, jpeg.length - afterApp0);
		return out.toByteArray();
	}

	/** A little-endian TIFF: IFD0 with only a GPS pointer, and the GPS IFD with latitude and longitude. */
	private static byte[] gpsTiff() {
		ByteBuffer b = ByteBuffer.allocate(160).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0 at 8: one entry, GPSInfo (0x8825, LONG) pointing at 26
		b.putShort((short) 1);
		b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
		b.putInt(0);
		// GPS IFD at 26: four entries (2 + 4 × 12 + 4 = 54 bytes), rationals from 80
		b.putShort((short) 4);
		b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'S').put((byte) 0).putShort((short) 0);
		b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
		b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
		b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
		b.putInt(0);
		b.position(80);
		b.putInt(6).putInt(1).putInt(10).putInt(1).putInt(30).putInt(1);
		b.putInt(106).putInt(1).putInt(49).putInt(1).putInt(40).putInt(1);
		byte[] bytes = new byte[b.position()];
		b.flip();
		b.get(bytes);
		return bytes;
	}

	/**
	 * A PNG of {@code side} × {@code side} black-and-white pixels, all white: a few dozen kilobytes that would
	 * decode to {@code side²} pixels. Written row by row, so building it does not need that memory either.
	 */
	public static byte[] pngBomb(int side) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(PNG_SIGNATURE);
		ByteBuffer header = ByteBuffer.allocate(13);
		header.putInt(side).putInt(side).put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
		writeChunk(out, "IHDR", header.array());
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
			byte[] row = new byte[1 + (side + 7) / 8];
			for (int y = 0; y < side; y++) {
				deflate.write(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		writeChunk(out, "IDAT", compressed.toByteArray());
		writeChunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
		try {
			DataOutputStream chunk = new DataOutputStream(out);
			byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
			chunk.writeInt(data.length);
			chunk.write(typeBytes);
			chunk.write(data);
			CRC32 crc = new CRC32();
			crc.update(typeBytes);
			crc.update(data);
			chunk.writeInt((int) crc.getValue());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
