package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import id.jakpreneur.portal.PortalApplication;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.TestDatabase;
import id.jakpreneur.testsupport.LastDemoData;
import id.jakpreneur.testsupport.SlowRequests;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal's own start and stop, on a context of its own (it is closed here): traffic only once the demo data
 * exists, metrics on the management port only, and a graceful shutdown that lets a request in flight finish.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartAndStopTests {

	/** What the portal looked like when its web server had just started, before any request could arrive. */
	record AtFirstRequest(boolean demoDataCreated, ReadinessState readiness, int pendingMigrations) {
	}

	private final AtomicReference<AtFirstRequest> atFirstRequest = new AtomicReference<>();

	private ConfigurableApplicationContext portal;

	private int port;

	private int managementPort;

	@BeforeAll
	void start() {
		ApplicationListener<WebServerInitializedEvent> probe = event -> {
			var context = event.getApplicationContext();
			if (context.getServerNamespace() == null) {
				atFirstRequest.set(new AtFirstRequest(context.getBean(LastDemoData.class).created.get(),
						context.getBean(ApplicationAvailability.class).getReadinessState(),
						context.getBean(Flyway.class).info().pending().length));
			}
		};
		portal = new SpringApplicationBuilder(PortalApplication.class, TestDatabase.class, SlowRequests.class,
				LastDemoData.class)
			.listeners(probe)
			// arguments, not default properties: application.properties would override those
			.run("--server.port=0", "--management.server.port=0", "--spring.lifecycle.timeout-per-shutdown-phase=30s");
		port = Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
		managementPort = Integer.parseInt(portal.getEnvironment().getProperty("local.management.port"));
	}

	@AfterAll
	void stop() {
		if (portal.isActive()) {
			portal.getBean(SlowRequests.class).release.countDown();
			portal.close();
		}
	}

	@Test
	@Order(1)
	void takesTrafficOnlyOnceMigratedAndDemoDataCreated() throws Exception {
		assertThat(atFirstRequest.get()).isEqualTo(new AtFirstRequest(true, ReadinessState.REFUSING_TRAFFIC, 0));
		PortalHttpClient client = new PortalHttpClient(port);
		assertThat(client.get("/readyz", "Accept", "*/*").statusCode()).isEqualTo(200);
		assertThat(client.login("admin@demo.local", DemoUsers.PASSWORD)).endsWith("/admin");
	}

	@Test
	@Order(2)
	void metricsAreServedOnTheManagementPortOnly() throws Exception {
		PortalHttpClient visitor = new PortalHttpClient(port);
		assertThat(visitor.get("/login").statusCode()).isEqualTo(200);

		HttpResponse<String> scrape = new PortalHttpClient(managementPort).get("/actuator/prometheus", "Accept", "text/plain");
		assertThat(scrape.statusCode()).as(scrape.headers().map().toString()).isEqualTo(200);
		assertThat(scrape.body()).contains("http_server_requests_seconds_count{", "uri=\"/login\"",
				"hikaricp_connections_active{", "hikaricp_connections_pending{", "hikaricp_connections_acquire_seconds",
				"jakpreneur_notification_outbox{status=\"QUEUED\"}");

		HttpResponse<String> onPublicPort = visitor.get("/actuator/prometheus");
		assertThat(onPublicPort.statusCode()).isEqualTo(302);
		assertThat(onPublicPort.body()).doesNotContain("hikaricp");
		PortalHttpClient admin = new PortalHttpClient(port);
		admin.login("admin@demo.local", DemoUsers.PASSWORD);
		assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(403);
	}

	@Test
	@Order(3)
	void shutdownLetsARequestInFlightFinishAndRefusesNewOnes() throws Exception {
		SlowRequests slow = portal.getBean(SlowRequests.class);
		PortalHttpClient client = new PortalHttpClient(port);
		assertThat(client.login(DemoUsers.emailOf(id.jakpreneur.portal.account.Role.ENTREPRENEUR), DemoUsers.PASSWORD))
			.endsWith("/me");
		CompletableFuture<HttpResponse<String>> inFlight = client.getAsync(SlowRequests.PATH);
		assertThat(slow.entered.await(20, TimeUnit.SECONDS)).as("slow request reached its controller").isTrue();

		CompletableFuture<Void> closing = CompletableFuture.runAsync(portal::close);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (acceptsConnections() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(acceptsConnections()).as("new connections refused while draining").isFalse();
		assertThat(inFlight).as("the request in flight is still running").isNotDone();
		assertThat(closing).as("the portal waits for it").isNotDone();

		slow.release.countDown();
		HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
		assertThat(finished.statusCode()).isEqualTo(200);
		assertThat(finished.body()).isEqualTo("done");
		closing.get(60, TimeUnit.SECONDS);
	}

	private boolean acceptsConnections() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 1000);
			return true;
		}
		catch (ConnectException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
