package id.jakpreneur.portal.catalogue.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.catalogue.domain.Publication;
import id.jakpreneur.portal.catalogue.query.ListingQueries;
import id.jakpreneur.portal.entrepreneur.CurrentParticipant;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entrepreneur's own Katalog page: she writes what the public sees of her business, agrees to publish (or stops),
 * and sees which of her products are on {@code /katalog} now. Each product's unit and prices are set on its page.
 */
@Controller
@RequestMapping("/me/katalog")
class MyKatalogController {

	static final String VIEW = "catalogue/mine";

	/** At most this many of her published products are listed here; the rest are on /katalog. */
	static final int MAX_LISTED = 50;

	private final Publication publication;

	private final ListingQueries listings;

	MyKatalogController(Publication publication, ListingQueries listings) {
		this.publication = publication;
		this.listings = listings;
	}

	@GetMapping
	String show(@CurrentParticipant ParticipantView me, Model model) {
		PublishForm form = publication.profile(me.id()).map(PublishForm::of).orElseGet(() -> {
			PublishForm fresh = new PublishForm();
			fresh.setPublicName(me.business() == null ? null : me.business().name());
			return fresh;
		});
		model.addAttribute("form", form);
		return page(me, model);
	}

	@PostMapping
	String publish(@CurrentParticipant ParticipantView me, @Valid @ModelAttribute("form") PublishForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(me, model);
		}
		publication.publish(me.id(), form.toProfile());
		redirect.addFlashAttribute("flashSuccess", "catalogue.mine.saved");
		return "redirect:/me/katalog";
	}

	@PostMapping("/stop")
	String stop(@CurrentParticipant ParticipantView me, RedirectAttributes redirect) {
		publication.stop(me.id());
		redirect.addFlashAttribute("flashSuccess", "catalogue.mine.stopped");
		return "redirect:/me/katalog";
	}

	private String page(ParticipantView me, Model model) {
		model.addAttribute("published", publication.isPublished(me.id()));
		model.addAttribute("listed", listings.ofParticipant(me.id(), MAX_LISTED));
		return VIEW;
	}

}
