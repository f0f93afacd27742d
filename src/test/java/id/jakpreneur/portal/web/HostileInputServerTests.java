package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What {@link HostileInputTests} cannot show through MockMvc: the bytes as Tomcat decodes them, and the refusal
 * drawn by the container's error dispatch as the portal's own 400 page, in both languages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class HostileInputServerTests {

	@LocalServerPort
	int port;

	@Test
	void aNulInAParameterGetsThe400PageInTheLayout() throws Exception {
		PortalHttpClient client = new PortalHttpClient(port);
		HttpResponse<String> response = client.get("/register?email=a%00b");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Permintaan tidak valid", "portal-header")
			.doesNotContain("Whitelabel", "Exception", "at id.jakpreneur");
		client.get("/?lang=en");
		assertThat(client.get("/register?email=a%00b").body()).contains("Invalid request");
	}

	@Test
	void aNulInTheLoginNameIsAnOrdinaryFailedLogin() throws Exception {
		PortalHttpClient client = new PortalHttpClient(port);
		assertThat(client.login("warga@demo.local\u0000", DemoUsers.PASSWORD)).endsWith("/login?error");
		assertThat(client.login("x".repeat(300) + "@demo.local", DemoUsers.PASSWORD)).endsWith("/login?error");
		assertThat(client.login("warga@demo.local", DemoUsers.PASSWORD)).endsWith("/me");
	}

	@Test
	void halfASurrogatePairIsRefusedByTomcatWithThe400Page() throws Exception {
		// the three bytes of a lone surrogate are not UTF-8: Tomcat refuses the parameters before the portal reads them
		HttpResponse<String> response = new PortalHttpClient(port).get("/register?email=%ED%A0%80");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Permintaan tidak valid");
	}

	@Test
	void aPercentSignAsSortOrderIsIgnored() throws Exception {
		PortalHttpClient client = new PortalHttpClient(port);
		assertThat(client.login("officer@demo.local", DemoUsers.PASSWORD)).endsWith("/officer");
		assertThat(client.get("/officer/entrepreneurs?sort=%25").statusCode()).isEqualTo(200);
		assertThat(client.get("/officer/entrepreneurs?page=-1&size=99999").statusCode()).isEqualTo(200);
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> response = new PortalHttpClient(port).get("/error");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Halaman tidak ditemukan");
	}

}
