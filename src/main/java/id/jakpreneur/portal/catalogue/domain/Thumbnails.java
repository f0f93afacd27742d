package id.jakpreneur.portal.catalogue.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product photos resized for the Katalog: a JPEG of one of {@link #WIDTHS} pixels wide (never wider than the photo),
 * made on the first request for the product's version and kept in {@code catalogue_thumbnail}, so a phone downloads
 * some 20 kB instead of the 2 MB the participant uploaded. The caller has checked that the product is published.
 */
@Service
@Transactional
public class Thumbnails {

	/** The card's photo (two columns on a phone, at twice the pixels) and the product page's. */
	public static final Set<Integer> WIDTHS = Set.of(360, 720);

	static final float QUALITY = 0.8f;

	private final JdbcClient jdbc;

	private final Clock clock;

	Thumbnails(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The resized photo of the product's version; the stored photo itself if it cannot be decoded; empty if none. */
	public Optional<Picture> of(long productId, int width, long productVersion) {
		Optional<byte[]> kept = jdbc.sql("""
				select bytes from catalogue_thumbnail
				where product_id = :productId and width = :width and product_version = :version
				""")
			.param("productId", productId)
			.param("width", width)
			.param("version", productVersion)
			.query(byte[].class)
			.optional();
		if (kept.isPresent()) {
			return Optional.of(new Picture("image/jpeg", kept.get()));
		}
		return jdbc.sql("""
				select i.content_type, i.bytes, l.participant_id from outlet_product_image i
				join outlet_listed_product l on l.product_id = i.product_id where i.product_id = :productId
				""")
			.param("productId", productId)
			.query((rs, n) -> new Source(rs.getLong("participant_id"),
					new Picture(rs.getString("content_type"), rs.getBytes("bytes"))))
			.optional()
			.map(source -> resizeAndKeep(productId, width, productVersion, source));
	}

	private Picture resizeAndKeep(long productId, int width, long productVersion, Source source) {
		Optional<byte[]> resized = resize(source.picture().bytes(), width);
		if (resized.isEmpty()) {
			return source.picture();
		}
		jdbc.sql("""
				insert into catalogue_thumbnail (product_id, participant_id, width, product_version, bytes, made_at)
				values (:productId, :participantId, :width, :version, :bytes, :now)
				on conflict (product_id, width) do update
				set product_version = excluded.product_version, bytes = excluded.bytes, made_at = excluded.made_at
				""")
			.param("productId", productId)
			.param("participantId", source.participantId())
			.param("width", width)
			.param("version", productVersion)
			.param("bytes", resized.get())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return new Picture("image/jpeg", resized.get());
	}

	private record Source(long participantId, Picture picture) {
	}

	/** A JPEG at most {@code width} pixels wide, on white where the photo was transparent; empty if undecodable. */
	static Optional<byte[]> resize(byte[] photo, int width) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
			if (image == null) {
				return Optional.empty();
			}
			int w = image.getWidth();
			int h = image.getHeight();
			// halve while it stays above the target: bilinear steps keep the detail a single big step loses
			while (w / 2 >= width) {
				w /= 2;
				h = Math.max(1, h / 2);
				image = draw(image, w, h);
			}
			int targetWidth = Math.min(width, w);
			int targetHeight = Math.max(1, (int) Math.round((double) h * targetWidth / w));
			return Optional.of(jpeg(draw(image, targetWidth, targetHeight)));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
