package id.jakpreneur.portal.catalogue.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import id.jakpreneur.portal.catalogue.domain.CatalogueSettings;
import id.jakpreneur.portal.catalogue.domain.Picture;
import id.jakpreneur.portal.catalogue.domain.Thumbnails;
import id.jakpreneur.portal.catalogue.query.ListingCard;
import id.jakpreneur.portal.catalogue.query.ListingDetail;
import id.jakpreneur.portal.catalogue.query.ListingFilter;
import id.jakpreneur.portal.catalogue.query.ListingQueries;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.PageMeta;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public Katalog: the list with its search, each product's page at its canonical address, and the resized photos,
 * served only while the product is published (cached by browsers for ten minutes, then revalidated by ETag).
 */
@Controller
class KatalogController {

	static final String LIST_VIEW = "catalogue/list";

	static final String PRODUCT_VIEW = "catalogue/product";

	static final int PAGE_SIZE = 24;

	static final Duration PHOTO_CACHE = Duration.ofMinutes(10);

	private final ListingQueries listings;

	private final Thumbnails thumbnails;

	private final RegionDirectory regions;

	private final CatalogueSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	private final CardHtml cardHtml;

	private final SearchChoices choices;

	KatalogController(ListingQueries listings, Thumbnails thumbnails, RegionDirectory regions,
			CatalogueSettings settings, MessageSource messages, Clock clock, CardHtml cardHtml, SearchChoices choices) {
		this.listings = listings;
		this.thumbnails = thumbnails;
		this.regions = regions;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
		this.cardHtml = cardHtml;
		this.choices = choices;
	}

	@GetMapping("/katalog")
	String list(@ModelAttribute("search") SearchForm search, @RequestParam(name = "page", required = false) String page,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		ListingFilter filter = search.toFilter(regions);
		int number = pageNumber(page);
		Slice<ListingCard> cards = listings.page(filter, LocalDate.now(clock), PageRequest.of(number, PAGE_SIZE));
		String url = SearchForm.url(filter);
		model.addAttribute("cards", cards);
		model.addAttribute("filter", filter);
		model.addAttribute("baseUrl", url);
		model.addAttribute("cardHtml", cardHtml.of(cards.getContent(), locale, request, response));
		model.addAttribute("choices", choices.of(filter, locale));
		String canonical = number == 0 ? url
				: UriComponentsBuilder.fromUriString(url).replaceQueryParam("page", number).build().toUriString();
		model.addAttribute("pageMeta", new PageMeta(settings.portalUrl() + canonical,
				messages.getMessage("catalogue.title", null, locale), messages.getMessage("catalogue.lead", null, locale),
				null, "website"));
		return LIST_VIEW;
	}

	@GetMapping("/katalog/produk/{key}")
	ModelAndView product(@PathVariable String key, Model model, Locale locale) {
		long id = PathIds.productId(key);
		ListingDetail detail = listings.product(id, LocalDate.now(clock)).orElseThrow(NotFoundException::new);
		String canonical = detail.card().path();
		if (!canonical.equals("/katalog/produk/" + key)) {
			RedirectView redirect = new RedirectView(canonical);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		ListingCard card = detail.card();
		model.addAttribute("detail", detail);
		model.addAttribute("card", card);
		model.addAttribute("regions", regions);
		model.addAttribute("pageMeta", new PageMeta(settings.portalUrl() + canonical,
				card.name() + " \u00b7 " + card.publicName(),
				messages.getMessage("catalogue.product.summary", new Object[] { card.priceFromText(),
						card.priceToText(), card.unit(), card.minimumOrder(),
						regions.nameOf(card.districtCode()) }, locale),
				settings.portalUrl() + "/katalog/foto/" + id + "/720", "product"));
		return new ModelAndView(PRODUCT_VIEW);
	}

	@GetMapping("/katalog/foto/{id}/{width}")
	ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String width, WebRequest request) {
		long productId = PathIds.productId(id);
		int pixels = Thumbnails.WIDTHS.stream()
			.filter(w -> String.valueOf(w).equals(width))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		long version = listings.publishedVersion(productId).orElseThrow(NotFoundException::new);
		String etag = "\"" + productId + "-" + pixels + "-" + version + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		Picture picture = thumbnails.of(productId, pixels, version).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(picture.contentType()))
			.eTag(etag)
			.cacheControl(CacheControl.maxAge(PHOTO_CACHE).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(picture.bytes());
	}

	private static int pageNumber(String page) {
		if (page == null || !page.matches("\\d{1,4}")) {
			return 0;
		}
		return Math.min(Integer.parseInt(page), ListingQueries.MAX_PAGE + 1);
	}

}
