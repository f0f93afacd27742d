package id.jakpreneur.portal.benchmark;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

import id.jakpreneur.portal.support.QueryCounter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Times GET requests server-side, around the whole MockMvc request (security filter chain, session, SQL, view),
 * after a warm-up, and counts the SQL statements each one prepared (the most of any request).
 */
final class ServerTimings {

	private ServerTimings() {
	}

	/**
	 * Percentiles in milliseconds, the median CPU time of the request's thread (what the request costs the portal's
	 * JVM, whatever else runs on the machine) and the most statements one request prepared.
	 */
	record Figures(double p50, double p95, double max, double cpuP50, long statements) {

		String line(String label) {
			return String.format(Locale.ROOT,
					"%-52s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  cpu p50 %5.1f ms  statements/request %d", label, p50,
					p95, max, cpuP50, statements);
		}

	}

	/** {@code warmUp} requests first (numbered after the measured ones), then {@code requests} measured ones. */
	static Figures measure(MockMvc mvc, RequestPostProcessor user, IntFunction<String> url, int warmUp, int requests)
			throws Exception {
		for (int i = 0; i < warmUp; i++) {
			mvc.perform(get(url.apply(requests + i)).with(user)).andExpect(status().isOk());
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] micros = new long[requests];
		long[] cpuMicros = new long[requests];
		long statements = 0;
		for (int i = 0; i < requests; i++) {
			QueryCounter.reset();
			long cpu0 = threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			mvc.perform(get(url.apply(i)).with(user)).andExpect(status().isOk());
			micros[i] = (System.nanoTime() - t0) / 1000;
			cpuMicros[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1000;
			statements = Math.max(statements, QueryCounter.count());
		}
		Arrays.sort(micros);
		Arrays.sort(cpuMicros);
		return new Figures(micros[requests / 2] / 1000.0, micros[(int) (requests * 0.95)] / 1000.0,
				micros[requests - 1] / 1000.0, cpuMicros[requests / 2] / 1000.0, statements);
	}

}
