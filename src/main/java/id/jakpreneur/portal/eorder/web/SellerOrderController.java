package id.jakpreneur.portal.eorder.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;

import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.eorder.domain.PurchaseOrders;
import id.jakpreneur.portal.eorder.query.OrderDetails;
import id.jakpreneur.portal.eorder.query.OrderQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entrepreneur's side of e-Order: her orders and each order's page, where she quotes or declines a request,
 * confirms and delivers an order, or cancels it with a reason. Only her own orders: another's is a 404.
 */
@Controller
@RequestMapping("/me/orders")
class SellerOrderController {

	static final String LIST_VIEW = "eorder/seller-orders";

	private final PurchaseOrders orders;

	private final OrderQueries queries;

	private final Clock clock;

	SellerOrderController(PurchaseOrders orders, OrderQueries queries, Clock clock) {
		this.orders = orders;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping
	String list(@CurrentParticipant ParticipantView me, @PageableDefault(size = 20) Pageable page, Model model) {
		model.addAttribute("orders", queries.ofParticipant(me.id(), page));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@CurrentParticipant ParticipantView me, @PathVariable long id, Model model) {
		return page(me, id, model);
	}

	@PostMapping("/{id}/quote")
	String quote(@CurrentParticipant ParticipantView me, @PathVariable long id,
			@Valid @ModelAttribute("quoteForm") QuoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrderDetails order = load(me, id);
		Map<Integer, Long> prices = form.validate(order.lines(), LocalDate.now(clock), result);
		if (result.hasErrors()) {
			return page(me, id, model);
		}
		return step(redirect, id, "eorder.flash.quoted", () -> orders.quote(me.id(), me.accountId(), id, prices,
				form.getCanDeliverBy(), form.getNote()));
	}

	@PostMapping("/{id}/decline")
	String decline(@CurrentParticipant ParticipantView me, @PathVariable long id,
			@Valid @ModelAttribute("declineForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		load(me, id);
		if (result.hasErrors()) {
			return page(me, id, model);
		}
		return step(redirect, id, "eorder.flash.declined",
				() -> orders.decline(me.id(), me.accountId(), id, form.getReason()));
	}

	@PostMapping("/{id}/confirm")
	String confirm(@CurrentParticipant ParticipantView me, @PathVariable long id, RedirectAttributes redirect) {
		load(me, id);
		return step(redirect, id, "eorder.flash.confirmed", () -> orders.confirm(me.id(), me.accountId(), id));
	}

	@PostMapping("/{id}/deliver")
	String deliver(@CurrentParticipant ParticipantView me, @PathVariable long id, RedirectAttributes redirect) {
		load(me, id);
		return step(redirect, id, "eorder.flash.delivered", () -> orders.deliver(me.id(), me.accountId(), id));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@CurrentParticipant ParticipantView me, @PathVariable long id,
			@Valid @ModelAttribute("cancelForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		load(me, id);
		if (result.hasErrors()) {
			return page(me, id, model);
		}
		return step(redirect, id, "eorder.flash.cancelled",
				() -> orders.cancelAsSeller(me.id(), me.accountId(), id, form.getReason()));
	}

	private String step(RedirectAttributes redirect, long id, String done, Runnable step) {
		return OrderPages.step(redirect, "/me/orders/" + id, done, step);
	}

	private OrderDetails load(ParticipantView me, long id) {
		return queries.forParticipant(id, me.id()).orElseThrow(NotFoundException::new);
	}

	private String page(ParticipantView me, long id, Model model) {
		OrderDetails order = load(me, id);
		OrderPages.addForms(model, "quoteForm", new QuoteForm(), "declineForm", new ReasonForm(), "cancelForm",
				new ReasonForm());
		model.addAttribute("order", order);
		model.addAttribute("side", "SELLER");
		return OrderPages.DETAIL_VIEW;
	}

}
