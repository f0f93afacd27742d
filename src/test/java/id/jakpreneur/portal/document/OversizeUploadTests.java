package id.jakpreneur.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file over the container's multipart limit, sent anyway, loses the whole form (CSRF token included) in the
 * container; the sender is sent back to the form's page with a message instead of a 403 or 500, and nothing is saved.
 * A real server, since MockMvc has no multipart limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class OversizeUploadTests {

	private static final String BOUNDARY = "----batas-uji-7MA4YWxkTrZu0gW";

	@LocalServerPort
	int port;

	@Test
	void anUploadOverTheLimitComesBackToTheFormWithAMessage() throws Exception {
		PortalHttpClient client = new PortalHttpClient(port);
		assertThat(client.login("warga@demo.local", DemoUsers.PASSWORD)).endsWith("/me");
		HttpResponse<String> form = client.get("/me/outlets/products/new");
		assertThat(form.statusCode()).isEqualTo(200);
		byte[] body = multipart(PortalHttpClient.csrfTokenOf(form.body()), new byte[11 * 1024 * 1024]);

		HttpResponse<String> sent = client.post("/me/outlets/products", "multipart/form-data; boundary=" + BOUNDARY,
				body, "Referer", "http://localhost:" + port + "/me/outlets/products/new");

		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location")).hasValue("/me/outlets/products/new");
		HttpResponse<String> back = client.get("/me/outlets/products/new");
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Berkas yang dikirim terlalu besar sehingga tidak diterima");
	}

	@Test
	void aRefererOfAnotherHostIsNotFollowed() throws Exception {
		PortalHttpClient client = new PortalHttpClient(port);
		client.login("warga@demo.local", DemoUsers.PASSWORD);
		byte[] body = multipart("tanpa-token", new byte[11 * 1024 * 1024]);

		HttpResponse<String> sent = client.post("/me/outlets/products", "multipart/form-data; boundary=" + BOUNDARY,
				body, "Referer", "https://penipu.example/me/outlets/products/new");

		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location")).hasValue("/me/outlets/products");
	}

	private static byte[] multipart(String csrf, byte[] file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"besar.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(file);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

}
