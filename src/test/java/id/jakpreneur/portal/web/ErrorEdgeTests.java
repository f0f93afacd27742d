package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer carries a request id, every error page shows it, and no error, not even one Tomcat produces before
 * the portal sees the request, is Tomcat's own page; clients that do not ask for HTML get a short text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class ErrorEdgeTests {

	@LocalServerPort
	int port;

	@Test
	void everyAnswerCarriesARequestIdAndErrorPagesShowIt() throws Exception {
		HttpResponse<String> login = new PortalHttpClient(port).get("/login");
		assertThat(login.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(10));
		HttpResponse<String> missing = new PortalHttpClient(port).get("/assets/tidak-ada.css");
		assertThat(missing.statusCode()).isEqualTo(404);
		String id = missing.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(missing.body()).contains("Kode permintaan: " + id);
	}

	@Test
	void aRequestIdFromTheProxyInFrontIsKept() throws Exception {
		HttpResponse<String> response = send("/login", "text/html", "nginx-0123456789abcdef");
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("nginx-0123456789abcdef");
		HttpResponse<String> odd = send("/login", "text/html", "<script>");
		assertThat(odd.headers().firstValue("X-Request-Id").orElseThrow()).hasSize(10);
	}

	@Test
	void aClientThatDoesNotAskForHtmlGetsAShortBody() throws Exception {
		HttpResponse<String> response = send("/assets/tidak-ada.css", "*/*", null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isNotBlank().doesNotContain("<html");
	}

	@Test
	void aMalformedUrlRefusedByTomcatGetsThePortalsPage() throws Exception {
		String answer = raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("X-Request-Id:")
			.contains("Permintaan tidak valid", "Kode permintaan")
			.doesNotContain("Apache Tomcat", "HTTP Status 400");
	}

	@Test
	void aMalformedRequestLineIsNotAnsweredWithTomcatsPage() throws Exception {
		String answer = raw("GET /a b c d\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Apache Tomcat", "HTTP Status 400");
		String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
		assertThat(body).isNotBlank();
	}

	private HttpResponse<String> send(String path, String accept, String requestId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept);
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
