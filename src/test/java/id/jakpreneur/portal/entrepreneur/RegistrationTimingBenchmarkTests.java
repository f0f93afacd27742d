package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.RegistrationJourneys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How long the registration answers in each branch (free, NIK already held, email already a login), measured
 * server-side around the MockMvc request, interleaved so that the machine's load falls on all three alike. The
 * branches must not differ in a way that tells them apart: each hashes the password once and mails after the answer.
 * Figures in docs/security.md.
 */
@Tag("benchmark")
@PortalWebTest
class RegistrationTimingBenchmarkTests {

	private static final int WARM_UP = 3;

	private static final int ROUNDS = 25;

	@Autowired
	MockMvc mvc;

	@Test
	void theThreeBranchesTakeAlike() throws Exception {
		Map<String, String> holder = RegistrationTests.validForm();
		RegistrationTests.submit(mvc, holder).andExpect(redirectedUrl("/register/received"));
		Map<String, Supplier<Map<String, String>>> branches = new LinkedHashMap<>();
		branches.put("free NIK and email", RegistrationTests::validForm);
		branches.put("NIK already held (claim)", () -> {
			Map<String, String> form = RegistrationTests.validForm();
			form.put("nik", holder.get("nik"));
			return form;
		});
		branches.put("email already a login", () -> {
			Map<String, String> form = RegistrationTests.validForm();
			form.put("email", holder.get("email"));
			return form;
		});
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, long[]> wall = new LinkedHashMap<>();
		Map<String, long[]> cpu = new LinkedHashMap<>();
		branches.keySet().forEach(b -> {
			wall.put(b, new long[ROUNDS]);
			cpu.put(b, new long[ROUNDS]);
		});
		for (int round = -WARM_UP; round < ROUNDS; round++) {
			for (Map.Entry<String, Supplier<Map<String, String>>> branch : branches.entrySet()) {
				var request = RegistrationJourneys.answeredOnline(mvc, RegistrationTests.freshAddress(), branch.getValue().get());
				long cpu0 = threads.getCurrentThreadCpuTime();
				long t0 = System.nanoTime();
				mvc.perform(request).andExpect(redirectedUrl("/register/received"));
				if (round >= 0) {
					wall.get(branch.getKey())[round] = (System.nanoTime() - t0) / 1000;
					cpu.get(branch.getKey())[round] = (threads.getCurrentThreadCpuTime() - cpu0) / 1000;
				}
			}
		}
		Map<String, Double> cpuMedians = new LinkedHashMap<>();
		for (String branch : branches.keySet()) {
			long[] w = wall.get(branch);
			long[] c = cpu.get(branch);
			Arrays.sort(w);
			Arrays.sort(c);
			cpuMedians.put(branch, c[ROUNDS / 2] / 1000.0);
			System.out.println(String.format(Locale.ROOT, "registration, %-28s p50 %6.1f ms  p90 %6.1f ms  cpu p50 %6.1f ms",
					branch, w[ROUNDS / 2] / 1000.0, w[ROUNDS * 9 / 10] / 1000.0, c[ROUNDS / 2] / 1000.0));
		}
		double fresh = cpuMedians.get("free NIK and email");
		assertThat(cpuMedians.values()).allSatisfy(m -> assertThat(m).isBetween(fresh * 0.6, fresh * 1.6));
	}

}
