package id.jakpreneur.portal.document.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentContent;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.document.StoredDocument;
import id.jakpreneur.portal.document.query.DocumentQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Documents, only through here and only to those who may see the participant's records (her own account, an officer
 * of her kecamatan, administrators, her current mentor; anyone else gets 404). The Content-Type is the type recognised
 * from the content at upload; {@code nosniff} stops a browser from guessing otherwise; the file opens inline under its
 * sanitised name; the response stays out of every cache; a PDF is sandboxed (no script, no form, no same origin), so a
 * hostile PDF opened in the browser cannot act as the portal.
 */
@Controller
class DocumentController {

	private final DocumentQueries queries;

	private final Documents documents;

	DocumentController(DocumentQueries queries, Documents documents) {
		this.queries = queries;
		this.documents = documents;
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		StoredDocument meta = queries.forViewer(user, id);
		DocumentContent content = documents.content(meta.id());
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(meta.contentType()))
			.contentLength(content.bytes().length)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(meta.filename()).build().toString())
			.cacheControl(CacheControl.noStore().cachePrivate());
		if (!meta.image()) {
			// sandbox alone: the browsers' own PDF viewers need the rest (decision 98)
			response.header("Content-Security-Policy", "sandbox");
		}
		return response.body(content.bytes());
	}

}
