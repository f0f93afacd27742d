package id.jakpreneur.testsupport;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request that lasts as long as a test wants: it answers only when {@link #release} is counted down. Test sources
 * only, and outside the portal's package, so no other test context (and not the dev run) scans it; a test registers
 * it itself.
 */
@RestController
public class SlowRequests {

	public static final String PATH = "/test/slow";

	public final CountDownLatch entered = new CountDownLatch(1);

	public final CountDownLatch release = new CountDownLatch(1);

	@GetMapping(PATH)
	String slow() throws InterruptedException {
		entered.countDown();
		return release.await(60, TimeUnit.SECONDS) ? "done" : "gave up";
	}

}
