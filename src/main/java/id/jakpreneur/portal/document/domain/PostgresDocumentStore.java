package id.jakpreneur.portal.document.domain;

import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bytes in table {@code document_content}, in the caller's transaction. */
@Component
class PostgresDocumentStore implements DocumentStore {

	private final JdbcClient jdbc;

	PostgresDocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(long documentId, byte[] bytes) {
		jdbc.sql("insert into document_content (document_id, bytes) values (:id, :bytes)")
			.param("id", documentId)
			.param("bytes", bytes)
			.update();
	}

	@Override
	public Optional<byte[]> get(long documentId) {
		return jdbc.sql("select bytes from document_content where document_id = :id")
			.param("id", documentId)
			.query((rs, n) -> rs.getBytes("bytes"))
			.optional();
	}

	@Override
	public int delete(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from document_content where document_id = any (:ids)")
			.param("ids", documentIds.toArray(Long[]::new))
			.update();
	}

}
