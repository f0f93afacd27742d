package id.jakpreneur.portal.outlet.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.DocumentRefusedException;
import id.jakpreneur.portal.document.Documents;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.domain.SalesReports;
import id.jakpreneur.portal.outlet.domain.SalesStatus;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.outlet.query.MyBooking;
import id.jakpreneur.portal.outlet.query.ProductQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.Rupiah;
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
 * The participant's outlets page: their bookings (confirm or decline an offer by its deadline, report sales after
 * the period and correct them when an officer returns them), the open calls with whether they qualify and why
 * not, their curated products, and the confirmed monthly sales through outlets that their P6 report can use.
 */
@Controller
@RequestMapping("/me/outlets")
class MyOutletsController {

	static final String VIEW = "outlet/my-outlets";

	static final String SALES_VIEW = "outlet/sales";

	private final CallQueries queries;

	private final Bookings bookings;

	private final SalesReports sales;

	private final ProductQueries products;

	private final Documents documents;

	private final Clock clock;

	MyOutletsController(CallQueries queries, Bookings bookings, SalesReports sales, ProductQueries products,
			Documents documents, Clock clock) {
		this.documents = documents;
		this.queries = queries;
		this.bookings = bookings;
		this.sales = sales;
		this.products = products;
		this.clock = clock;
	}

	@GetMapping
	String page(@CurrentParticipant ParticipantView me, @PageableDefault(size = 10) Pageable page, Model model) {
		model.addAttribute("participant", me);
		model.addAttribute("bookings", queries.bookingsOf(me.id()));
		model.addAttribute("calls", queries.openCalls(me, page));
		model.addAttribute("products", products.mine(me.id()));
		model.addAttribute("monthlySales", queries.monthlySales(me.id()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW;
	}

	@PostMapping("/calls/{callId}/apply")
	String apply(@AuthenticationPrincipal PortalUser user, @PathVariable long callId,
			@RequestParam(required = false) Long productId, RedirectAttributes redirect) {
		if (productId == null) {
			redirect.addFlashAttribute("flashError", "outlet.apply.chooseProduct");
			return "redirect:/me/outlets";
		}
		return act(() -> bookings.apply(user, callId, productId), "outlet.apply.done", redirect);
	}

	@PostMapping("/bookings/{id}/confirm")
	String confirm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(() -> bookings.confirm(user, id), "outlet.booking.confirmed", redirect);
	}

	@PostMapping("/bookings/{id}/decline")
	String decline(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(() -> bookings.decline(user, id), "outlet.booking.declined", redirect);
	}

	/** Runs a step and back to the outlets page with its success, or the refusal, as a message. */
	private static String act(Runnable step, String success, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (OutletRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/me/outlets";
	}

	@GetMapping("/bookings/{id}/sales")
	String salesForm(@CurrentParticipant ParticipantView me, @PathVariable long id, Model model) {
		SalesForm form = new SalesForm();
		MyBooking booking = booking(me, id);
		if (booking.salesStatus() == SalesStatus.RETURNED) {
			// a returned report is corrected from what was sent
			form.setUnitsSold(booking.unitsSold());
			form.setSales(Rupiah.format(booking.sales()));
		}
		model.addAttribute("form", form);
		return showSales(me, id, model);
	}

	@PostMapping("/bookings/{id}/sales")
	String reportSales(@AuthenticationPrincipal PortalUser user, @CurrentParticipant ParticipantView me, @PathVariable long id,
			@Valid @ModelAttribute("form") SalesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		booking(me, id);
		form.validateSales(result);
		if (!result.hasErrors()) {
			try {
				sales.report(user, id, form.getUnitsSold(), form.salesAmount(), form.getReceipt());
				redirect.addFlashAttribute("flashSuccess", "outlet.sales.reported");
				return "redirect:/me/outlets";
			}
			catch (OutletRefusedException ex) {
				result.reject(ex.messageKey());
			}
			catch (DocumentRefusedException ex) {
				result.rejectValue("receipt", ex.messageKey());
			}
		}
		return showSales(me, id, model);
	}

	private String showSales(ParticipantView me, long id, Model model) {
		model.addAttribute("booking", booking(me, id));
		model.addAttribute("receipts", documents.of(DocumentPurpose.OUTLET_SALES, id));
		model.addAttribute("today", LocalDate.now(clock));
		return SALES_VIEW;
	}

	private MyBooking booking(ParticipantView me, long id) {
		return queries.booking(me.id(), id).orElseThrow(NotFoundException::new);
	}

}
