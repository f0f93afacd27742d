package id.jakpreneur.portal.document.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.document.StoredDocument;
import id.jakpreneur.portal.document.query.DocumentQueries;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RetentionSchedule;
import id.jakpreneur.portal.shared.Jakarta;
import org.springframework.stereotype.Component;

/**
 * A participant's documents in her data rights: the export lists each one (name, type, size, purpose, time, and the
 * address where she can download it), the erasure deletes them with their bytes, and the nightly retention deletes
 * those whose step was completed, and which were uploaded, longer ago than the schedule's documentsAfterStep.
 */
@Component
class DocumentPersonalData implements PersonalDataHolder {

	/** Documents deleted per statement in the retention run; it repeats until none is left. */
	static final int RETENTION_BATCH = 500;

	private final DocumentQueries queries;

	private final DocumentRecords records;

	private final DocumentStore store;

	DocumentPersonalData(DocumentQueries queries, DocumentRecords records, DocumentStore store) {
		this.queries = queries;
		this.records = records;
		this.store = store;
	}

	@Override
	public String name() {
		return "documents";
	}

	@Override
	public Object export(long participantId) {
		return queries.ofParticipant(participantId).stream().map(DocumentPersonalData::exported).toList();
	}

	private static Map<String, Object> exported(StoredDocument d) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", d.id());
		row.put("purpose", d.purpose().name());
		row.put("subjectId", d.subjectId());
		row.put("filename", d.filename());
		row.put("contentType", d.contentType());
		row.put("sizeBytes", d.sizeBytes());
		row.put("uploadedAt", d.uploadedAt().toString());
		row.put("url", d.url());
		return row;
	}

	@Override
	public int erase(long participantId) {
		List<Long> ids = records.idsOf(participantId);
		store.delete(ids);
		return records.delete(ids);
	}

	@Override
	public Map<String, Integer> applyRetention(RetentionSchedule schedule, Instant now) {
		Instant cutoff = ZonedDateTime.ofInstant(now, Jakarta.ZONE).minus(schedule.documentsAfterStep()).toInstant();
		int deleted = 0;
		List<Long> ids;
		do {
			ids = records.pastRetention(cutoff, RETENTION_BATCH);
			store.delete(ids);
			deleted += records.delete(ids);
		}
		while (ids.size() == RETENTION_BATCH);
		return Map.of("documents deleted", deleted);
	}

}
