package id.jakpreneur.loadtest;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The portal's load test: the four roles' journeys ({@link Journeys}) side by side in the shares of
 * {@code gatling.mix}, {@code gatling.users} people at the same time after a ramp, held for {@code gatling.duration}
 * (closed model: a visitor who leaves is replaced). Every request checks its status and that it did not land on the
 * login page; any failed request fails the run, and so does a 95th percentile at or above {@code gatling.maxP95}
 * when given. Settings: {@link LoadSettings}; how to run it: docs/performance.md, "Load-test suite (Gatling)".
 */
public class PortalMixSimulation extends Simulation {

	private static final HttpProtocolBuilder PORTAL = http.baseUrls(LoadSettings.BASE_URLS)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("id-ID,id;q=0.9,en;q=0.8")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("JakPreneur load test (Gatling)");

	{
		List<ScenarioBuilder> roles = List.of(Journeys.citizen(), Journeys.officer(), Journeys.mentor(),
				Journeys.administrator());
		List<PopulationBuilder> populations = new ArrayList<>();
		for (int role = 0; role < roles.size(); role++) {
			int users = LoadSettings.usersOf(role);
			if (users > 0) {
				populations.add(roles.get(role)
					.injectClosed(rampConcurrentUsers(0).to(users).during(LoadSettings.RAMP),
							constantConcurrentUsers(users).during(LoadSettings.DURATION)));
			}
		}
		List<Assertion> assertions = new ArrayList<>();
		assertions.add(global().failedRequests().count().is(0L));
		if (LoadSettings.MAX_P95 > 0) {
			assertions.add(global().responseTime().percentile(95.0).lt(LoadSettings.MAX_P95));
		}
		System.out.printf("Portal mix: %s, %d users (citizens %d, officers %d, mentors %d, administrators %d), "
				+ "ramp %s, hold %s, think x%s; citizens %s, officers %s, mentors %s, administrators %s%n",
				LoadSettings.BASE_URLS, LoadSettings.USERS, LoadSettings.usersOf(0), LoadSettings.usersOf(1),
				LoadSettings.usersOf(2), LoadSettings.usersOf(3), LoadSettings.RAMP, LoadSettings.DURATION,
				LoadSettings.THINK, LoadSettings.CITIZENS, LoadSettings.OFFICERS, LoadSettings.MENTORS,
				LoadSettings.ADMINS);
		setUp(populations).protocols(PORTAL).assertions(assertions);
	}

}
