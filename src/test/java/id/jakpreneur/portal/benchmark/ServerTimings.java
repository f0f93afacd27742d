package id.jakpreneur.portal.benchmark;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

	/** Percentiles in milliseconds and the most statements one request prepared. */
	record Figures(double p50, double p95, double max, long statements) {

		String line(String label) {
			return String.format(Locale.ROOT, "%-45s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  statements/request %d",
					label, p50, p95, max, statements);
		}

	}

	/** {@code warmUp} requests first (numbered after the measured ones), then {@code requests} measured ones. */
	static Figures measure(MockMvc mvc, RequestPostProcessor user, IntFunction<String> url, int warmUp, int requests)
			throws Exception {
		for (int i = 0; i < warmUp; i++) {
			mvc.perform(get(url.apply(requests + i)).with(user)).andExpect(status().isOk());
		}
		long[] micros = new long[requests];
		long statements = 0;
		for (int i = 0; i < requests; i++) {
			QueryCounter.reset();
			long t0 = System.nanoTime();
			mvc.perform(get(url.apply(i)).with(user)).andExpect(status().isOk());
			micros[i] = (System.nanoTime() - t0) / 1000;
			statements = Math.max(statements, QueryCounter.count());
		}
		Arrays.sort(micros);
		return new Figures(micros[requests / 2] / 1000.0, micros[(int) (requests * 0.95)] / 1000.0,
				micros[requests - 1] / 1000.0, statements);
	}

}
