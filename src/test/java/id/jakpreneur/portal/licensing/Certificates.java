package id.jakpreneur.portal.licensing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A licence certificate's photo as the citizen's form uploads it, built here (no binary file in the repository). */
public final class Certificates {

	private Certificates() {
	}

	/** A small PNG "photo of the certificate" under the licence form's field name {@code document}. */
	public static MockMultipartFile photo() {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 40, 30);
		g.setColor(Color.BLUE);
		g.drawString("NIB", 5, 20);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new MockMultipartFile("document", "sertifikat.png", "image/png", out.toByteArray());
	}

	/** A multipart POST to the citizen's licence form carrying the certificate's photo. */
	public static MockMultipartHttpServletRequestBuilder recordWithPhoto() {
		return MockMvcRequestBuilders.multipart("/me/licences").file(photo());
	}

}
