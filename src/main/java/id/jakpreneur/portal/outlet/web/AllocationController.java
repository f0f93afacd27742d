package id.jakpreneur.portal.outlet.web;

import java.time.Clock;
import java.time.LocalDate;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.OutletRefusedException;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer allocates the places of one call: the ranked waiting list, a place for each applicant, the bookings
 * with their state, and cancellation (the place then goes to the next on the list). A place taken meanwhile by
 * another allocation is a message, never an error page.
 */
@Controller
@RequestMapping("/officer/outlets/calls")
class AllocationController {

	static final String VIEW = "outlet/call";

	private final CallQueries queries;

	private final Bookings bookings;

	private final Clock clock;

	AllocationController(CallQueries queries, Bookings bookings, Clock clock) {
		this.queries = queries;
		this.bookings = bookings;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String board(@AuthenticationPrincipal PortalUser officer, @PathVariable("id") long callId, Model model) {
		model.addAttribute("board", queries.board(officer, callId));
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW;
	}

	@PostMapping("/{id}/allocate")
	String allocate(@AuthenticationPrincipal PortalUser officer, @PathVariable("id") long callId,
			@RequestParam(required = false) Long applicationId, @RequestParam(required = false) Long placeId,
			RedirectAttributes redirect) {
		queries.board(officer, callId);
		if (applicationId == null || placeId == null) {
			redirect.addFlashAttribute("flashError", "outlet.allocate.choosePlace");
			return "redirect:/officer/outlets/calls/" + callId;
		}
		return act(() -> bookings.allocate(officer, callId, applicationId, placeId), "outlet.allocate.done", callId,
				redirect);
	}

	@PostMapping("/{id}/bookings/{bookingId}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser officer, @PathVariable("id") long callId,
			@PathVariable("bookingId") long applicationId, RedirectAttributes redirect) {
		queries.board(officer, callId);
		return act(() -> bookings.cancel(officer, callId, applicationId), "outlet.booking.cancelled", callId, redirect);
	}

	/**
	 * Runs a step and back to the call's board with its success, or the refusal, as a message; an application or
	 * place not of this call is a message too.
	 */
	private static String act(Runnable step, String success, long callId, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (OutletRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("flashError", "outlet.allocate.notFound");
		}
		return "redirect:/officer/outlets/calls/" + callId;
	}

}
