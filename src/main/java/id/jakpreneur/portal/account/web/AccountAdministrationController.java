package id.jakpreneur.portal.account.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.domain.AccountAdministration;
import id.jakpreneur.portal.account.domain.AccountRefusedException;
import id.jakpreneur.portal.account.query.AccountDetails;
import id.jakpreneur.portal.account.query.AccountQueries;
import id.jakpreneur.portal.region.RegionDirectory;
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
 * One account as administrators see it (role, area, status, created, last login, sessions, password changed, the
 * audit of what administrators did to it), and what they can do to it: deactivate and reactivate with a reason,
 * send a password reset link, issue a new activation code.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class AccountAdministrationController {

	static final String VIEW = "account/user";

	private final AccountQueries queries;

	private final AccountAdministration administration;

	private final RegionDirectory regions;

	AccountAdministrationController(AccountQueries queries, AccountAdministration administration,
			RegionDirectory regions) {
		this.queries = queries;
		this.administration = administration;
		this.regions = regions;
	}

	@ModelAttribute("reasonForm")
	ReasonForm reasonForm() {
		return new ReasonForm();
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@PageableDefault(size = 20) Pageable auditPage, Model model) {
		AccountDetails account = queries.details(id).orElseThrow(NotFoundException::new);
		model.addAttribute("account", account);
		model.addAttribute("areaNames", regions.namesOf(account.areaCodes()));
		model.addAttribute("self", admin.accountId() == id);
		model.addAttribute("audit", queries.audit(id, auditPage));
		return VIEW;
	}

	@PostMapping("/deactivate")
	String deactivate(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(admin, id, result, model, redirect, "users.deactivated",
				() -> administration.deactivate(admin, id, form.getReason()));
	}

	@PostMapping("/reactivate")
	String reactivate(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(admin, id, result, model, redirect, "users.reactivated",
				() -> administration.reactivate(admin, id, form.getReason()));
	}

	/** Sends a password reset link to the account's addresses; says so, or that it has none. */
	@PostMapping("/reset")
	String sendReset(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		try {
			boolean sent = administration.sendReset(admin, id);
			redirect.addFlashAttribute(sent ? "flashSuccess" : "flashError",
					sent ? "users.reset.sent" : "users.reset.noAddress");
			return "redirect:/admin/users/" + id;
		}
		catch (AccountRefusedException ex) {
			model.addAttribute("refusal", ex.messageKey());
			return show(admin, id, Pageable.ofSize(20), model);
		}
	}

	/** A new activation code: the answer is the printable slip, shown this once (never a redirect or a flash). */
	@PostMapping("/activation")
	String sendActivation(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model) {
		try {
			model.addAttribute("slip", administration.sendActivation(admin, id));
			model.addAttribute("slipBack", "/admin/users/" + id);
			return ActivationSlip.VIEW;
		}
		catch (AccountRefusedException ex) {
			model.addAttribute("refusal", ex.messageKey());
			return show(admin, id, Pageable.ofSize(20), model);
		}
	}

	/** Runs a valid action and goes back to the account with its message; else the page again, with the reason why. */
	private String act(PortalUser admin, long id, BindingResult result, Model model, RedirectAttributes redirect,
			String done, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("flashSuccess", done);
				return "redirect:/admin/users/" + id;
			}
			catch (AccountRefusedException ex) {
				model.addAttribute("refusal", ex.messageKey());
			}
		}
		return show(admin, id, Pageable.ofSize(20), model);
	}

}
