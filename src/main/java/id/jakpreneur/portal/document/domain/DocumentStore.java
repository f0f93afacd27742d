package id.jakpreneur.portal.document.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * Where the bytes of documents are kept, apart from their metadata (decision 97). The PostgreSQL implementation
 * ({@link PostgresDocumentStore}) keeps them in the database, inside the caller's transaction, so a document and its
 * record are saved or rolled back together; another store (object storage) would implement the same three calls.
 */
public interface DocumentStore {

	void put(long documentId, byte[] bytes);

	Optional<byte[]> get(long documentId);

	/** Removes the bytes of these documents; returns how many were there. */
	int delete(Collection<Long> documentIds);

}
