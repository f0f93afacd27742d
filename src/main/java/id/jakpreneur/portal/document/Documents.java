package id.jakpreneur.portal.document;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.document.domain.DocumentCheck;
import id.jakpreneur.portal.document.domain.DocumentRecords;
import id.jakpreneur.portal.document.domain.DocumentStore;
import id.jakpreneur.portal.document.query.DocumentQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents as evidence of another module's records (contract 2 of issue 18). Every call joins the caller's
 * transaction, so a document is saved (or rolled back) with the record it evidences. The caller decides who may
 * attach to or read a record; {@code /documents/{id}} serves a document to those who may see the participant.
 */
@Service
@Transactional
public class Documents {

	private final DocumentCheck check;

	private final DocumentRecords records;

	private final DocumentStore store;

	private final DocumentQueries queries;

	private final Clock clock;

	Documents(DocumentCheck check, DocumentRecords records, DocumentStore store, DocumentQueries queries,
			Clock clock) {
		this.check = check;
		this.records = records;
		this.store = store;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * Checks (size, type by content: PDF, JPEG, PNG; images re-encoded without metadata) and stores the upload as
	 * evidence for one record (subjectId = the licence id, referral id, report id, outlet application id).
	 * A refusal comes before anything is written and leaves the caller's transaction usable, so a caller may catch
	 * it, show the field error and still save the rest, or roll back.
	 * @throws DocumentRefusedException with the field error's message key
	 */
	@Transactional(noRollbackFor = DocumentRefusedException.class)
	public StoredDocument attach(long participantId, DocumentPurpose purpose, long subjectId, MultipartFile file,
			long uploadedBy) {
		DocumentCheck.CheckedFile checked = check.check(file);
		long id = records.insert(participantId, purpose, subjectId, checked, uploadedBy, clock.instant());
		store.put(id, checked.bytes());
		return queries.find(id).orElseThrow();
	}

	/** The largest file kept, in bytes ({@code jakpreneur.documents.max-bytes}), for forms that state it. */
	@Transactional(readOnly = true)
	public long maxBytes() {
		return check.maxBytes();
	}

	@Transactional(readOnly = true)
	public List<StoredDocument> of(DocumentPurpose purpose, long subjectId) {
		return queries.of(purpose, subjectId);
	}

	/** Documents of many records in one query, for lists: subjectId -> documents (absent when none). */
	@Transactional(readOnly = true)
	public Map<Long, List<StoredDocument>> of(DocumentPurpose purpose, Collection<Long> subjectIds) {
		return queries.of(purpose, subjectIds);
	}

	/** The bytes, for a module that serves a document under its own access rule (e.g. a partner). */
	@Transactional(readOnly = true)
	public DocumentContent content(long documentId) {
		StoredDocument meta = queries.find(documentId).orElseThrow(NotFoundException::new);
		return new DocumentContent(meta, store.get(documentId).orElseThrow(NotFoundException::new));
	}

	public void delete(long documentId) {
		store.delete(List.of(documentId));
		records.delete(List.of(documentId));
	}

}
