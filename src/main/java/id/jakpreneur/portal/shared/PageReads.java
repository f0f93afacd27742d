package id.jakpreneur.portal.shared;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page that gathers its model from several services and panels does it in one read-only transaction: one
 * connection from the pool and one BEGIN ... COMMIT for the whole page instead of one per service call, and a read
 * two panels ask for is made once ({@link TransactionMemo}). The services' own
 * {@code @Transactional(readOnly = true)} join it. Rendering happens after it, and reads nothing.
 */
@Component
public class PageReads {

	private final TransactionTemplate readOnly;

	PageReads(PlatformTransactionManager transactionManager) {
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** Runs the page's reads in one read-only transaction. */
	public void run(Runnable reads) {
		readOnly.executeWithoutResult(status -> reads.run());
	}

}
