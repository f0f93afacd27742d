package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deactivation as the two people meet it over real HTTP: the administrator's form, and the owner's open session,
 * which ends at once; the owner's next login is refused until an administrator reactivates the account.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class AccountDeactivationOverHttpTests {

	static final String PASSWORD = "Pendamping-Kuat-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void aDeactivatedAccountsSessionEndsAtOnceAndItsLoginIsRefusedUntilReactivated() throws Exception {
		String email = "http-" + UUID.randomUUID() + "@example.id";
		long id = accounts
			.open(new NewAccount(email, "Pendamping Lewat HTTP", Role.MENTOR, PASSWORD, Set.of("31.71.01"), false));
		PortalHttpClient mentor = new PortalHttpClient(port);
		assertThat(mentor.login(email, PASSWORD)).endsWith("/mentor");
		assertThat(mentor.get("/mentor").statusCode()).isEqualTo(200);

		PortalHttpClient admin = new PortalHttpClient(port);
		assertThat(admin.login(DemoUsers.emailOf(Role.ADMIN), DemoUsers.PASSWORD)).endsWith("/admin");
		HttpResponse<String> deactivated = act(admin, id, "deactivate", "Pendamping mengundurkan diri");
		assertThat(deactivated.headers().firstValue("Location")).hasValueSatisfying(
				url -> assertThat(url).endsWith("/admin/users/" + id));

		// the session that was open is gone: the next page asks for a login
		HttpResponse<String> next = mentor.get("/mentor");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		assertThat(mentor.login(email, PASSWORD)).endsWith("/login?error");
		assertThat(admin.get("/admin/users/" + id).body()).contains("Dinonaktifkan", "Pendamping mengundurkan diri");

		act(admin, id, "reactivate", "Kembali bertugas bulan ini");
		assertThat(new PortalHttpClient(port).login(email, PASSWORD)).endsWith("/mentor");
	}

	private static HttpResponse<String> act(PortalHttpClient admin, long id, String action, String reason)
			throws Exception {
		String page = admin.get("/admin/users/" + id).body();
		HttpResponse<String> response = admin.postForm("/admin/users/" + id + "/" + action, "reason="
				+ PortalHttpClient.enc(reason) + "&_csrf=" + PortalHttpClient.enc(PortalHttpClient.csrfTokenOf(page)));
		assertThat(response.statusCode()).as(action).isEqualTo(302);
		return response;
	}

}
