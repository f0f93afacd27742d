package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Uploaded photos are decoded and written again, so only their pixels are stored: an HTML page hidden in a PNG,
 * the GPS position in a JPEG's EXIF and PNG text chunks are gone; files that only start like an image and
 * decompression bombs are refused beside the field, and nothing is saved.
 */
@PortalWebTest
class PhotoUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	private PortalUser participant(String name) {
		return new OutletFixtures(outlets, curation, registration, records, accounts).curated(name, Grade.C).user();
	}

	private MvcResult submit(PortalUser user, String name, String type, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/me/outlets/products").file(new MockMultipartFile("photo", name, type, bytes))
			.param("name", "Keripik Tempe Uji")
			.param("sector", "KULINER")
			.param("price", "12.500")
			.param("packaging", "Standing pouch 100 g")
			.with(user(user))
			.with(csrf())).andReturn();
	}

	private long created(MvcResult result) {
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	private byte[] stored(long productId) {
		return jdbc.queryForObject("select bytes from outlet_product_photo where product_id = ?", byte[].class,
				productId);
	}

	@Test
	void aPngThatIsAlsoAnHtmlPageIsStoredAndServedAsPixelsOnly() throws Exception {
		byte[] polyglot = PhotoFixtures.pngHtmlPolyglot();
		assertThat(ImageIO.read(new ByteArrayInputStream(polyglot))).as("the polyglot is a valid PNG").isNotNull();
		PortalUser owner = participant("Pengunggah Poliglot");
		long id = created(submit(owner, "foto.png", "image/png", polyglot));

		byte[] kept = stored(id);
		assertThat(latin1(kept)).doesNotContain("<script").doesNotContain("<html").doesNotContain("tEXt");
		assertSameImage(kept, PhotoFixtures.png());
		MvcResult served = mvc.perform(get("/outlets/photos/" + id).with(user(owner))).andReturn();
		assertThat(served.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(latin1(served.getResponse().getContentAsByteArray())).doesNotContain("<script");
	}

	@Test
	void aJpegsGpsPositionIsNotKept() throws Exception {
		byte[] withGps = PhotoFixtures.jpegWithGps();
		assertThat(latin1(withGps)).contains("Exif\0\0");
		assertThat(ImageIO.read(new ByteArrayInputStream(withGps))).as("the upload is a valid JPEG").isNotNull();
		long id = created(submit(participant("Pengunggah Berlokasi"), "foto.jpg", "image/jpeg", withGps));

		byte[] kept = stored(id);
		assertThat(latin1(kept)).doesNotContain("Exif");
		assertThat(segmentsBeforeImageData(kept)).doesNotContain(0xE1);
		assertThat(jdbc.queryForObject("select content_type from outlet_product_photo where product_id = ?",
				String.class, id)).isEqualTo("image/jpeg");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(64);
		assertThat(image.getHeight()).isEqualTo(48);
	}

	@Test
	void aDecompressionBombIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		PortalUser owner = participant("Pengunggah Bom");
		long before = productsOf(owner);
		byte[] bomb = PhotoFixtures.pngBomb(30_000);
		assertThat(bomb.length).as("small file, 900 megapixels").isLessThan(2 * 1024 * 1024);

		MvcResult result = submit(owner, "bom.png", "image/png", bomb);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString())
			.contains("Ukuran gambar terlalu besar: paling banyak 4096 × 4096 piksel.", "id=\"photo-error\"");
		assertThat(productsOf(owner)).isEqualTo(before);
	}

	@Test
	void filesThatOnlyStartLikeAnImageAreRefusedBesideTheField() throws Exception {
		PortalUser owner = participant("Pengunggah Palsu");
		long before = productsOf(owner);
		byte[] png = PhotoFixtures.png();
		byte[][] broken = { PhotoFixtures.jpegHeadOnly(), java.util.Arrays.copyOf(png, png.length / 2),
				("\u0089PNG\r\n\u001a\n" + PhotoFixtures.HTML).getBytes(StandardCharsets.ISO_8859_1) };
		for (byte[] bytes : broken) {
			MvcResult result = submit(owner, "foto.png", "image/png", bytes);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString())
				.contains("Foto harus berupa gambar JPEG atau PNG yang utuh.", "id=\"photo-error\"");
		}
		assertThat(productsOf(owner)).isEqualTo(before);
	}

	private static void assertSameImage(byte[] actual, byte[] expected) throws IOException {
		BufferedImage a = ImageIO.read(new ByteArrayInputStream(actual));
		BufferedImage e = ImageIO.read(new ByteArrayInputStream(expected));
		assertThat(a.getWidth()).isEqualTo(e.getWidth());
		assertThat(a.getHeight()).isEqualTo(e.getHeight());
		for (int[] p : new int[][] { { 0, 0 }, { 80, 60 }, { 110, 45 }, { 159, 119 } }) {
			assertThat(a.getRGB(p[0], p[1]) & 0xFFFFFF).isEqualTo(e.getRGB(p[0], p[1]) & 0xFFFFFF);
		}
	}

	/** The JPEG marker codes (0xE0 for APP0, 0xE1 for APP1 ...) of the segments before the image data. */
	private static java.util.List<Integer> segmentsBeforeImageData(byte[] jpeg) {
		java.util.List<Integer> markers = new java.util.ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}

	private static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private long productsOf(PortalUser user) {
		return jdbc.queryForObject(
				"select count(*) from outlet_product pr join participant p on p.id = pr.participant_id where p.account_id = ?",
				Long.class, user.accountId());
	}

}
