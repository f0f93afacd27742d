package id.jakpreneur.portal.document.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.StoredDocument;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents' metadata (never their bytes), and who may see one: the participant's own account, an officer whose area
 * covers the participant's kecamatan, an administrator, the participant's current mentor; anyone else is told "not
 * found".
 */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

	/** More than any participant's evidence; bounds the export and the erasure. */
	public static final int PER_PARTICIPANT_LIMIT = 2000;

	/** More than any record's evidence; bounds a record's list. */
	static final int PER_SUBJECT_LIMIT = 100;

	private static final String COLUMNS = """
			select d.id, d.participant_id, d.purpose, d.subject_id, d.filename, d.content_type, d.size_bytes,
			       d.uploaded_at
			from document d
			""";

	private final JdbcClient jdbc;

	DocumentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StoredDocument> find(long documentId) {
		return jdbc.sql(COLUMNS + " where d.id = :id").param("id", documentId).query((rs, n) -> document(rs)).optional();
	}

	/** The document, if this person may see it; otherwise (or when there is none) {@link NotFoundException}. */
	public StoredDocument forViewer(PortalUser viewer, long documentId) {
		record Seen(StoredDocument document, Long accountId, String districtCode, Long mentorAccountId) {
		}
		Seen seen = jdbc.sql("""
				select d.id, d.participant_id, d.purpose, d.subject_id, d.filename, d.content_type, d.size_bytes,
				       d.uploaded_at, p.account_id, p.district_code, m.mentor_account_id
				from document d
				join participant_directory p on p.id = d.participant_id
				left join participant_current_mentor m on m.participant_id = d.participant_id
				where d.id = :id
				""")
			.param("id", documentId)
			.query((rs, n) -> new Seen(document(rs), rs.getObject("account_id", Long.class),
					rs.getString("district_code"), rs.getObject("mentor_account_id", Long.class)))
			.list()
			.stream()
			.filter(s -> maySee(viewer, s.accountId(), s.districtCode(), s.mentorAccountId()))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		return seen.document();
	}

	static boolean maySee(PortalUser viewer, Long accountId, String districtCode, Long mentorAccountId) {
		if (viewer == null) {
			return false;
		}
		return switch (viewer.role()) {
			case ADMIN -> true;
			case ENTREPRENEUR -> accountId != null && accountId == viewer.accountId();
			case OFFICER -> viewer.covers(districtCode);
			case MENTOR -> mentorAccountId != null && mentorAccountId == viewer.accountId();
			case PARTNER, BUYER -> false;
		};
	}

	public List<StoredDocument> of(DocumentPurpose purpose, long subjectId) {
		return jdbc.sql(COLUMNS + " where d.purpose = :purpose and d.subject_id = :subject order by d.id limit "
				+ PER_SUBJECT_LIMIT)
			.param("purpose", purpose.name())
			.param("subject", subjectId)
			.query((rs, n) -> document(rs))
			.list();
	}

	/** Documents of many records in one statement: subject id to its documents, oldest first; absent when none. */
	public Map<Long, List<StoredDocument>> of(DocumentPurpose purpose, Collection<Long> subjectIds) {
		Map<Long, List<StoredDocument>> bySubject = new LinkedHashMap<>();
		if (subjectIds.isEmpty()) {
			return bySubject;
		}
		jdbc.sql(COLUMNS + " where d.purpose = :purpose and d.subject_id = any (:subjects) order by d.subject_id, d.id")
			.param("purpose", purpose.name())
			.param("subjects", subjectIds.stream().distinct().toArray(Long[]::new))
			.query((rs, n) -> document(rs))
			.list()
			.forEach(d -> bySubject.computeIfAbsent(d.subjectId(), s -> new ArrayList<>()).add(d));
		return bySubject;
	}

	/** A participant's documents, oldest first, for her data export. */
	public List<StoredDocument> ofParticipant(long participantId) {
		return jdbc.sql(COLUMNS + " where d.participant_id = :participant order by d.id limit " + PER_PARTICIPANT_LIMIT)
			.param("participant", participantId)
			.query((rs, n) -> document(rs))
			.list();
	}

	private static StoredDocument document(ResultSet rs) throws SQLException {
		return new StoredDocument(rs.getLong("id"), rs.getLong("participant_id"),
				DocumentPurpose.valueOf(rs.getString("purpose")), rs.getLong("subject_id"), rs.getString("filename"),
				rs.getString("content_type"), rs.getLong("size_bytes"), instant(rs, "uploaded_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

}
