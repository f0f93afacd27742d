package id.jakpreneur.portal.outlet.web;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.query.CatalogueQueries;
import id.jakpreneur.portal.outlet.query.ProductQueries;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue partners (marketplaces, retailers) browse: curated products of participants who agreed to it, by
 * sector, with photo, price, grade, business name and kecamatan only. The participant agrees on her product's page
 * (or on {@code /me/privacy}, where she also withdraws).
 */
@Controller
class CatalogueController {

	static final String VIEW = "outlet/catalogue";

	private final CatalogueQueries catalogue;

	private final ProductQueries products;

	private final Consents consents;

	private final RegionDirectory regions;

	CatalogueController(CatalogueQueries catalogue, ProductQueries products, Consents consents,
			RegionDirectory regions) {
		this.catalogue = catalogue;
		this.products = products;
		this.consents = consents;
		this.regions = regions;
	}

	@GetMapping("/partner/products")
	String list(@RequestParam(required = false) Sector sector, @PageableDefault(size = 24) Pageable page,
			Model model) {
		model.addAttribute("products", catalogue.page(sector, page));
		model.addAttribute("sector", sector);
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("regions", regions);
		model.addAttribute("baseUrl", sector == null ? "/partner/products" : "/partner/products?sector=" + sector);
		return VIEW;
	}

	@GetMapping("/partner/products/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		return PhotoController.response(catalogue.photo(id), id);
	}

	/** The participant agrees, on her product's page, that partners see her curated products. */
	@PostMapping("/me/outlets/products/{id}/catalogue")
	String agree(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		long participantId = products.get(user, id).participantId();
		consents.give(participantId, ConsentPurpose.CATALOGUE, null, CatalogueQueries.CONSENT_TEXT);
		redirect.addFlashAttribute("flashSuccess", "outlet.catalogue.consent.saved");
		return "redirect:/me/outlets/products/" + id;
	}

}
