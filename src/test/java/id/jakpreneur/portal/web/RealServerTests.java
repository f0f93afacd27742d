package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error pages come through the servlet container's error dispatch, and cookies are written by the real
 * servlet stack, so these tests use a real server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class RealServerTests {

	@LocalServerPort
	int port;

	private PortalHttpClient client;

	@BeforeEach
	void logIn() throws Exception {
		client = new PortalHttpClient(port);
		assertThat(client.login("warga@demo.local", DemoUsers.PASSWORD)).endsWith("/me");
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> response = new PortalHttpClient(port).postLogin("warga@demo.local", DemoUsers.PASSWORD);
		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
	}

	@Test
	void unknownPageShowsThe404PageInTheLayout() throws Exception {
		HttpResponse<String> response = client.get("/me/tidak-ada");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Halaman tidak ditemukan", "Pemberitahuan privasi", "portal-header")
			.doesNotContain("Whitelabel", "Exception", "at id.jakpreneur");
	}

	@Test
	void forbiddenPageShowsThe403Page() throws Exception {
		HttpResponse<String> response = client.get("/admin");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Akses ditolak").doesNotContain("Whitelabel");
	}

	@Test
	void errorPagesSpeakEnglishOnRequest() throws Exception {
		client.get("/me?lang=en");
		HttpResponse<String> response = client.get("/me/does-not-exist");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "Privacy notice");
	}

}
