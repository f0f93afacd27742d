package id.jakpreneur.portal.document.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.shared.Jakarta;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of table {@code document}: written once at upload, deleted with their bytes (one document, all of a
 * participant's, or those past retention), never changed.
 */
@Component
public class DocumentRecords {

	private final JdbcClient jdbc;

	DocumentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long participantId, DocumentPurpose purpose, long subjectId, DocumentCheck.CheckedFile file,
			long uploadedBy, Instant at) {
		return jdbc.sql("""
				insert into document (participant_id, purpose, subject_id, filename, content_type, size_bytes, sha256,
				                      uploaded_by, uploaded_at)
				values (:participant, :purpose, :subject, :filename, :contentType, :size, :sha256, :uploadedBy, :at)
				returning id
				""")
			.param("participant", participantId)
			.param("purpose", purpose.name())
			.param("subject", subjectId)
			.param("filename", file.filename())
			.param("contentType", file.type().contentType())
			.param("size", (long) file.bytes().length)
			.param("sha256", file.sha256())
			.param("uploadedBy", uploadedBy)
			.param("at", OffsetDateTime.ofInstant(at, Jakarta.ZONE))
			.query(Long.class)
			.single();
	}

	/** Deletes these documents' rows; returns how many there were. */
	public int delete(List<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from document where id = any (:ids)")
			.param("ids", documentIds.toArray(Long[]::new))
			.update();
	}

	/** The ids of a participant's documents. */
	public List<Long> idsOf(long participantId) {
		return jdbc.sql("select id from document where participant_id = :participant order by id")
			.param("participant", participantId)
			.query(Long.class)
			.list();
	}

	/**
	 * Up to {@code limit} documents past retention: uploaded before {@code cutoff}, for a purpose whose step the
	 * participant completed before {@code cutoff} ({@link DocumentPurpose#step()}, read from assessment's published
	 * {@code step_completion}).
	 */
	public List<Long> pastRetention(Instant cutoff, int limit) {
		return jdbc.sql("""
				select d.id from document d
				join unnest(cast(:purposes as text[]), cast(:steps as text[])) as ps(purpose, step)
				  on ps.purpose = d.purpose
				where d.uploaded_at < :cutoff
				  and exists (select 1 from step_completion c
				              where c.participant_id = d.participant_id and c.step = ps.step
				                and c.completed_at < :cutoff)
				order by d.id
				limit :limit
				""")
			.param("purposes", Arrays.stream(DocumentPurpose.values()).map(DocumentPurpose::name).toArray(String[]::new))
			.param("steps", Arrays.stream(DocumentPurpose.values()).map(DocumentPurpose::step).toArray(String[]::new))
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, Jakarta.ZONE))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

}
