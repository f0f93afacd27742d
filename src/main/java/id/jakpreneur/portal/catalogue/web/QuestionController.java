package id.jakpreneur.portal.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import id.jakpreneur.portal.catalogue.domain.SellerQuestions;
import id.jakpreneur.portal.catalogue.query.ListingDetail;
import id.jakpreneur.portal.catalogue.query.ListingQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ask the seller, on a page of its own so that the product page stays free of a form and a session: anyone, logged in
 * or not, writes a question that reaches the entrepreneur as a notice; she replies to the contact the asker gave.
 */
@Controller
class QuestionController {

	static final String VIEW = "catalogue/ask";

	private final ListingQueries listings;

	private final SellerQuestions questions;

	private final Clock clock;

	QuestionController(ListingQueries listings, SellerQuestions questions, Clock clock) {
		this.listings = listings;
		this.questions = questions;
		this.clock = clock;
	}

	@GetMapping("/katalog/produk/{id}/tanya")
	String form(@PathVariable String id, Model model) {
		model.addAttribute("form", new QuestionForm());
		return show(PathIds.productId(id), model);
	}

	@PostMapping("/katalog/produk/{id}/tanya")
	String ask(@PathVariable String id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		long productId = PathIds.productId(id);
		form.validateReplyTo(result);
		if (!result.hasErrors()) {
			if (questions.ask(productId, form.toQuestion(), request.getRemoteAddr())) {
				redirect.addFlashAttribute("flashSuccess", "catalogue.question.sent");
				return "redirect:" + listings.product(productId, LocalDate.now(clock))
					.map(detail -> detail.card().path())
					.orElse("/katalog");
			}
			result.reject("catalogue.question.tooMany");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		return show(productId, model);
	}

	private String show(long productId, Model model) {
		ListingDetail detail = listings.product(productId, LocalDate.now(clock)).orElseThrow(NotFoundException::new);
		model.addAttribute("card", detail.card());
		return VIEW;
	}

}
