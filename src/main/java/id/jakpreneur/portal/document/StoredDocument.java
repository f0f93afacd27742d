package id.jakpreneur.portal.document;

import java.time.Instant;

/**
 * A stored document's metadata. The file name is the sanitised one, with the extension of the type recognised from
 * the content.
 */
public record StoredDocument(long id, long participantId, DocumentPurpose purpose, long subjectId, String filename,
		String contentType, long sizeBytes, Instant uploadedAt) {

	/** Where the document is served, only to those allowed to see it. */
	public String url() {
		return "/documents/" + id;
	}

	/** The size in kilobytes, rounded up, as the list of documents states it. */
	public long sizeKilobytes() {
		return (sizeBytes + 1023) / 1024;
	}

	public boolean image() {
		return contentType.startsWith("image/");
	}

}
