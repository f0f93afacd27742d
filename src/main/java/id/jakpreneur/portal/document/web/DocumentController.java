package id.jakpreneur.portal.document.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.document.StoredDocument;
import id.jakpreneur.portal.document.query.DocumentQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Documents, only through here and only to those who may see the participant's records (her own account, an officer
 * of her kecamatan, administrators, her current mentor; anyone else gets 404), with the headers of
 * {@link id.jakpreneur.portal.document.DocumentContent#inline()}.
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
		return documents.content(meta.id()).inline();
	}

}
