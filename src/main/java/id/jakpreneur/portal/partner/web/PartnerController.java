package id.jakpreneur.portal.partner.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.EmailTakenException;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.partner.domain.ContactEmailTakenException;
import id.jakpreneur.portal.partner.domain.ContactHasAccountException;
import id.jakpreneur.portal.partner.query.ContactView;
import id.jakpreneur.portal.partner.query.PartnerDetails;
import id.jakpreneur.portal.partner.PartnerKind;
import id.jakpreneur.portal.partner.PartnerManagement;
import id.jakpreneur.portal.partner.domain.PartnerNameTakenException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers keep the partner register: the list with MoU flags, an organisation's form and page, its contact people,
 * and (administrators only, see SecurityConfiguration) a contact's PARTNER login.
 */
@Controller
@RequestMapping("/officer/partners")
class PartnerController {

	static final String LIST_VIEW = "partner/list";

	static final String FORM_VIEW = "partner/form";

	static final String DETAIL_VIEW = "partner/detail";

	private final PartnerManagement partners;

	PartnerController(PartnerManagement partners) {
		this.partners = partners;
	}

	@GetMapping
	String list(@PageableDefault(size = 25) Pageable page, Model model) {
		model.addAttribute("partners", partners.list(page));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newPartner(Model model) {
		model.addAttribute("form", new PartnerForm());
		return showForm(null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser officer, @Valid @ModelAttribute("form") PartnerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.validateMou(result);
		if (!result.hasErrors()) {
			try {
				long id = partners.create(officer, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "partner.saved");
				return "redirect:/officer/partners/" + id;
			}
			catch (PartnerNameTakenException ex) {
				result.rejectValue("name", "partner.name.taken");
			}
		}
		return showForm(null, model);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("contactForm", new ContactForm());
		return showDetail(id, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", PartnerForm.of(partners.draft(id)));
		return showForm(id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PartnerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		partners.draft(id);
		form.validateMou(result);
		if (!result.hasErrors()) {
			try {
				partners.update(id, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "partner.saved");
				return "redirect:/officer/partners/" + id;
			}
			catch (PartnerNameTakenException ex) {
				result.rejectValue("name", "partner.name.taken");
			}
		}
		return showForm(id, model);
	}

	@PostMapping("/{id}/contacts")
	String addContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				partners.addContact(id, form.toDraft());
				redirect.addFlashAttribute("flashSuccess", "partner.contact.added");
				return "redirect:/officer/partners/" + id;
			}
			catch (ContactEmailTakenException ex) {
				result.rejectValue("email", "partner.contact.email.taken");
			}
		}
		return showDetail(id, model);
	}

	/**
	 * Opens the contact's PARTNER login without a password of anyone's choosing; answered with the printable slip of
	 * its activation code (shown this once), the link also going to the contact's address.
	 */
	@PostMapping("/{id}/contacts/{contactId}/account")
	String openAccount(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, @PathVariable long contactId,
			Model model) {
		String problem;
		try {
			model.addAttribute("slip", partners.openAccount(admin, id, contactId));
			model.addAttribute("slipBack", "/officer/partners/" + id);
			return ActivationSlip.VIEW;
		}
		catch (EmailTakenException ex) {
			problem = "partner.account.emailTaken";
		}
		catch (ContactHasAccountException ex) {
			problem = "partner.account.exists";
		}
		model.addAttribute("accountError", problem);
		model.addAttribute("accountContactId", contactId);
		model.addAttribute("contactForm", new ContactForm());
		return showDetail(id, model);
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("partnerId", id);
		model.addAttribute("kinds", PartnerKind.values());
		return FORM_VIEW;
	}

	private String showDetail(long id, Model model) {
		PartnerDetails partner = partners.get(id);
		model.addAttribute("partner", partner);
		return DETAIL_VIEW;
	}

}
