package id.jakpreneur.portal.outlet.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.query.Photo;
import id.jakpreneur.portal.outlet.query.ProductQueries;
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
 * Product photos, only through here and only to those who may see the product (the participant, a mentor or officer
 * of their area, administrators; anyone else gets 404). The Content-Type is the type recognised from the photo's
 * first bytes at upload, never what the browser claimed; {@code nosniff} stops a browser from guessing otherwise,
 * and the photo is private to the session's cache.
 */
@Controller
class PhotoController {

	private final ProductQueries products;

	PhotoController(ProductQueries products) {
		this.products = products;
	}

	@GetMapping("/outlets/photos/{productId}")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal PortalUser user, @PathVariable long productId) {
		return response(products.photo(user, productId), productId);
	}

	/** A product photo as served to whoever may see it (here, and in the partners' catalogue). */
	static ResponseEntity<byte[]> response(Photo photo, long productId) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.type().contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("produk-" + productId + "." + photo.type().name().toLowerCase(
							java.util.Locale.ROOT)).build().toString())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(photo.bytes());
	}

}
