package id.jakpreneur.portal.catalogue.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.jakpreneur.portal.catalogue.query.ListingCard;
import id.jakpreneur.portal.region.RegionDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The Katalog list's cards as HTML, each drawn by the template {@code catalogue/card} once per card and language and
 * then kept: a card shows nothing but its {@link ListingCard} (a record, compared by every field it shows) in a
 * language, so a product whose name, price, marks or seller changes gets a new entry, and the cards of a page read by
 * many visitors are not drawn again for each (decision 127). At most {@link #KEPT} entries are kept; when full the
 * store starts again empty.
 */
@Component
class CardHtml {

	/** About 1 KB each: a few megabytes at most. */
	static final int KEPT = 10_000;

	private record Key(ListingCard card, String language) {
	}

	private final Map<Key, String> drawn = new ConcurrentHashMap<>();

	private final ITemplateEngine templates;

	private final RegionDirectory regions;

	CardHtml(ITemplateEngine templates, RegionDirectory regions) {
		this.templates = templates;
		this.regions = regions;
	}

	/** Each card's {@code <li>}, in the order given. */
	List<String> of(List<ListingCard> cards, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		String language = locale.getLanguage();
		IWebExchange exchange = null;
		String[] html = new String[cards.size()];
		for (int i = 0; i < html.length; i++) {
			Key key = new Key(cards.get(i), language);
			String known = drawn.get(key);
			if (known == null) {
				if (exchange == null) {
					exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
						.buildExchange(request, response);
				}
				known = draw(key.card(), locale, exchange);
				if (drawn.size() >= KEPT) {
					drawn.clear();
				}
				drawn.put(key, known);
			}
			html[i] = known;
		}
		return List.of(html);
	}

	private String draw(ListingCard card, Locale locale, IWebExchange exchange) {
		return templates.process("catalogue/card", new WebContext(exchange, locale, Map.of("c", card, "regions", regions)));
	}

}
