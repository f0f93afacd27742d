package id.jakpreneur.portal.eorder.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.eorder.domain.BuyerScope;
import id.jakpreneur.portal.eorder.domain.Buyers;
import id.jakpreneur.portal.eorder.domain.EOrderRefusedException;
import id.jakpreneur.portal.eorder.domain.PurchaseOrders;
import id.jakpreneur.portal.eorder.query.ListedProduct;
import id.jakpreneur.portal.eorder.query.OrderDetails;
import id.jakpreneur.portal.eorder.query.OrderQueries;
import id.jakpreneur.portal.eorder.query.Seller;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer's side of e-Order, always within their own organisation (decision 122): its orders (the BUYER home),
 * finding a business's published products and asking it for a quote, and each order's page where the buyer orders,
 * confirms receipt, records the payment or cancels. Another organisation's order is a 404.
 */
@Controller
@RequestMapping("/buyer")
class BuyerOrderController {

	static final String LIST_VIEW = "eorder/buyer-orders";

	static final String FIND_VIEW = "eorder/buyer-find";

	static final String ASK_VIEW = "eorder/buyer-ask";

	private final Buyers buyers;

	private final PurchaseOrders orders;

	private final OrderQueries queries;

	private final Clock clock;

	BuyerOrderController(Buyers buyers, PurchaseOrders orders, OrderQueries queries, Clock clock) {
		this.buyers = buyers;
		this.orders = orders;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping({ "", "/orders" })
	String list(@AuthenticationPrincipal PortalUser user, @PageableDefault(size = 20) Pageable page, Model model) {
		BuyerScope buyer = buyers.scopeOf(user);
		model.addAttribute("buyer", buyer);
		model.addAttribute("orders", queries.ofOrganisation(buyer.organisationId(), page));
		return LIST_VIEW;
	}

	/** Published products by words, to choose the business to ask. */
	@GetMapping("/orders/find")
	String find(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String q,
			@PageableDefault(size = 20) Pageable page, Model model) {
		buyers.scopeOf(user);
		model.addAttribute("q", q);
		model.addAttribute("products", q == null || q.isBlank() ? null : queries.search(q, page));
		return FIND_VIEW;
	}

	@GetMapping("/orders/new")
	String newOrder(@AuthenticationPrincipal PortalUser user, @RequestParam long business, Model model) {
		buyers.scopeOf(user);
		model.addAttribute("form", new AskForm());
		return askPage(business, model);
	}

	@PostMapping("/orders")
	String ask(@AuthenticationPrincipal PortalUser user, @RequestParam long business,
			@Valid @ModelAttribute("form") AskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BuyerScope buyer = buyers.scopeOf(user);
		List<ListedProduct> products = queries.listed(business);
		Map<Long, Integer> wanted = form.validate(products, LocalDate.now(clock), result);
		if (!result.hasErrors()) {
			try {
				long id = orders.ask(buyer, business, wanted, form.getDeliveryDate(), form.getDeliveryPlace(),
						form.getNote());
				redirect.addFlashAttribute("flashSuccess", "eorder.flash.asked");
				return "redirect:/buyer/orders/" + id;
			}
			catch (EOrderRefusedException ex) {
				result.reject(ex.messageKey());
			}
		}
		return askPage(business, model);
	}

	@GetMapping("/orders/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		return page(buyers.scopeOf(user), id, model);
	}

	@PostMapping("/orders/{id}/order")
	String order(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		BuyerScope buyer = load(user, id);
		return step(redirect, id, "eorder.flash.ordered", () -> orders.order(buyer, id));
	}

	@PostMapping("/orders/{id}/receive")
	String receive(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		BuyerScope buyer = load(user, id);
		return step(redirect, id, "eorder.flash.received", () -> orders.receive(buyer, id));
	}

	@PostMapping("/orders/{id}/payment")
	String payment(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("paymentForm") PaymentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BuyerScope buyer = load(user, id);
		if (form.getPaidOn() != null && form.getPaidOn().isAfter(LocalDate.now(clock))
				&& !result.hasFieldErrors("paidOn")) {
			result.rejectValue("paidOn", "eorder.field.paidOn.future");
		}
		if (result.hasErrors()) {
			return page(buyer, id, model);
		}
		return step(redirect, id, "eorder.flash.paid",
				() -> orders.recordPayment(buyer, id, form.getPaidOn(), form.getReference()));
	}

	@PostMapping("/orders/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("cancelForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BuyerScope buyer = load(user, id);
		if (result.hasErrors()) {
			return page(buyer, id, model);
		}
		return step(redirect, id, "eorder.flash.cancelled", () -> orders.cancelAsBuyer(buyer, id, form.getReason()));
	}

	private String step(RedirectAttributes redirect, long id, String done, Runnable step) {
		return OrderPages.step(redirect, "/buyer/orders/" + id, done, step);
	}

	private BuyerScope load(PortalUser user, long id) {
		BuyerScope buyer = buyers.scopeOf(user);
		details(buyer, id);
		return buyer;
	}

	private OrderDetails details(BuyerScope buyer, long id) {
		return queries.forOrganisation(id, buyer.organisationId()).orElseThrow(NotFoundException::new);
	}

	private String askPage(long business, Model model) {
		Seller seller = queries.seller(business).orElseThrow(NotFoundException::new);
		List<ListedProduct> products = queries.listed(business);
		if (products.isEmpty()) {
			throw new NotFoundException();
		}
		model.addAttribute("seller", seller);
		model.addAttribute("sellerName", products.get(0).businessName());
		model.addAttribute("products", products);
		model.addAttribute("earliest", LocalDate.now(clock).plusDays(1));
		return ASK_VIEW;
	}

	private String page(BuyerScope buyer, long id, Model model) {
		OrderDetails order = details(buyer, id);
		OrderPages.addForms(model, "paymentForm", new PaymentForm(), "cancelForm", new ReasonForm());
		model.addAttribute("order", order);
		model.addAttribute("side", "BUYER");
		return OrderPages.DETAIL_VIEW;
	}

}
