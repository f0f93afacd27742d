package id.jakpreneur.portal.document;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document with its bytes, for whoever serves it. */
public record DocumentContent(StoredDocument meta, byte[] bytes) {

	/**
	 * The one way a document is answered, by {@code /documents/{id}} and by any module that serves one under its own
	 * access rule (decision 98): the type recognised from the content, {@code nosniff} so a browser guesses no other,
	 * inline under its sanitised name, out of every cache, and a PDF sandboxed (no script, no form, no same origin).
	 */
	public ResponseEntity<byte[]> inline() {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(meta.contentType()))
			.contentLength(bytes.length)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(meta.filename()).build().toString())
			.cacheControl(CacheControl.noStore().cachePrivate());
		if (!meta.image()) {
			// sandbox alone: the browsers' own PDF viewers need the rest
			response.header("Content-Security-Policy", "sandbox");
		}
		return response.body(bytes);
	}

}
