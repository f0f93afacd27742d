package id.jakpreneur.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.jakpreneur.portal.shared.AdvisoryLocks.Namespace;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@PortalWebTest
class AdvisoryLocksTests {

	private static final long ID = 9_000_000_123L;

	@Autowired
	AdvisoryLocks locks;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aLockIsHeldUntilItsTransactionEndsAndOnlyInItsNamespace() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			locks.lock(Namespace.MENTOR_ASSIGNMENT, ID);
			held.countDown();
			await(release);
		}));
		assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(tryInTransaction(Namespace.MENTOR_ASSIGNMENT, ID)).isFalse();
		assertThat(tryInTransaction(Namespace.ASSESSMENT, ID)).isTrue();
		assertThat(tryInTransaction(Namespace.MENTOR_ASSIGNMENT, ID + 1)).isTrue();

		release.countDown();
		holder.get(10, TimeUnit.SECONDS);
		assertThat(tryInTransaction(Namespace.MENTOR_ASSIGNMENT, ID)).isTrue();
	}

	@Test
	void keysFoldLargeIdsIntoPostgresIntegersAndNamespacesAreDistinct() {
		assertThat(AdvisoryLocks.key(42)).isEqualTo(42);
		assertThat(AdvisoryLocks.key(Integer.MAX_VALUE + 5L)).isEqualTo(5);
		assertThat(Arrays.stream(Namespace.values()).map(Namespace::code).distinct()).hasSize(Namespace.values().length);
		assertThatThrownBy(() -> locks.lock(Namespace.ASSESSMENT, 1))
			.as("a lock outside a transaction would be released at once").isInstanceOf(IllegalStateException.class);
	}

	private boolean tryInTransaction(Namespace namespace, long id) {
		return Boolean.TRUE.equals(transactions.execute(status -> locks.tryLock(namespace, id)));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
