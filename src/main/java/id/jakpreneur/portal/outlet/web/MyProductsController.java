package id.jakpreneur.portal.outlet.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.domain.PhotoType;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.ProductListings;
import id.jakpreneur.portal.outlet.query.ProductQueries;
import id.jakpreneur.portal.outlet.query.ProductView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant submits products for curation with a photo, follows their curation, reads the grade and the
 * curator's notes, and sends a product again after a return or, for B and C, once re-curation is due; she sets the
 * terms the public Katalog shows (unit, minimum order, price range).
 */
@Controller
@RequestMapping("/me/outlets/products")
class MyProductsController {

	static final String FORM_VIEW = "outlet/product-form";

	static final String DETAIL_VIEW = "outlet/my-product";

	private final ProductCuration curation;

	private final ProductQueries products;

	private final Clock clock;

	private final Consents consents;

	private final ProductListings listings;

	MyProductsController(ProductCuration curation, ProductQueries products, Clock clock, Consents consents,
			ProductListings listings) {
		this.curation = curation;
		this.products = products;
		this.clock = clock;
		this.consents = consents;
		this.listings = listings;
	}

	/** Only for a participant: {@code @CurrentParticipant} answers 404 to a login without one (so does the POST). */
	@GetMapping("/new")
	String newProduct(@CurrentParticipant ParticipantView me, Model model) {
		model.addAttribute("form", new ProductForm());
		return showForm(null, model);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me,
			@Valid @ModelAttribute("form") ProductForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validatePrice(result);
		byte[] photo = photo(form.getPhoto(), true, result);
		if (!result.hasErrors()) {
			try {
				long id = curation.submit(user, form.toDraft(), photo);
				redirect.addFlashAttribute("flashSuccess", "outlet.product.submitted");
				return "redirect:/me/outlets/products/" + id;
			}
			catch (OutletRefusedException ex) {
				result.rejectValue("photo", ex.messageKey());
			}
		}
		return showForm(null, model);
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		ProductView product = products.get(user, id);
		model.addAttribute("form", ProductForm.of(product.draft()));
		return showDetail(product, model);
	}

	@PostMapping("/{id}")
	String resubmit(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ProductForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProductView product = products.get(user, id);
		form.validatePrice(result);
		byte[] photo = photo(form.getPhoto(), false, result);
		if (!result.hasErrors()) {
			try {
				curation.resubmit(user, id, form.toDraft(), photo);
				redirect.addFlashAttribute("flashSuccess", "outlet.product.resubmitted");
				return "redirect:/me/outlets/products/" + id;
			}
			catch (OutletRefusedException ex) {
				result.reject(ex.messageKey());
			}
		}
		return showDetail(product, model);
	}

	/** Her product's terms for the public Katalog; kept whatever the grade, shown only while listed. */
	@PostMapping("/{id}/listing")
	String listing(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("listingForm") ListingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProductView product = products.get(user, id);
		form.validatePrices(result);
		if (result.hasErrors()) {
			model.addAttribute("form", ProductForm.of(product.draft()));
			return showDetail(product, model);
		}
		listings.save(id, form.toTerms());
		redirect.addFlashAttribute("flashSuccess", "outlet.listing.saved");
		return "redirect:/me/outlets/products/" + id + "#listing-title";
	}

	/** The upload's bytes after the size check; the type is checked from the bytes by the service. */
	private static byte[] photo(MultipartFile file, boolean required, BindingResult result) {
		if (file == null || file.isEmpty()) {
			if (required) {
				result.rejectValue("photo", "outlet.photo.required");
			}
			return null;
		}
		if (file.getSize() > PhotoType.MAX_BYTES) {
			result.rejectValue("photo", "outlet.photo.tooLarge");
			return null;
		}
		try {
			byte[] bytes = file.getBytes();
			if (PhotoType.detect(bytes).isEmpty()) {
				result.rejectValue("photo", "outlet.photo.type");
				return null;
			}
			return bytes;
		}
		catch (IOException ex) {
			result.rejectValue("photo", "outlet.photo.unreadable");
			return null;
		}
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("productId", id);
		model.addAttribute("photoMaxBytes", PhotoType.MAX_BYTES);
		return FORM_VIEW;
	}

	private String showDetail(ProductView product, Model model) {
		model.addAttribute("product", product);
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("photoMaxBytes", PhotoType.MAX_BYTES);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("inCatalogue", consents.isGiven(product.participantId(), ConsentPurpose.CATALOGUE, null));
		if (!model.containsAttribute("listingForm")) {
			model.addAttribute("listingForm",
					listings.terms(product.id()).map(ListingForm::of).orElseGet(ListingForm::new));
		}
		model.addAttribute("listed", listings.isListed(product.id()));
		return DETAIL_VIEW;
	}

}
