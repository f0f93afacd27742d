package id.jakpreneur.portal.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read asked for twice in one read-only transaction answers the second time from memory: a page that gathers its
 * panels in one transaction (the entrepreneur's home, the mentor's mentee page) asks two modules for the same
 * participant's licences, say. Only in a read-only transaction, where nothing can change what was read; anywhere
 * else every call reads. The memory ends with the transaction.
 */
public final class TransactionMemo {

	private static final Object KEY = new Object();

	private TransactionMemo() {
	}

	/**
	 * The value this read gave earlier in the current read-only transaction, or {@code read}'s value now. The key
	 * names the read and its arguments (a record of them), and must not collide with another read's key.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(Object key, Supplier<T> read) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return read.get();
		}
		Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
		if (memo == null) {
			memo = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, memo);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
		}
		if (memo.containsKey(key)) {
			return (T) memo.get(key);
		}
		T value = read.get();
		memo.put(key, value);
		return value;
	}

}
