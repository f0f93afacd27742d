package id.jakpreneur.portal.account.web;

import jakarta.validation.Valid;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PhoneNumbers;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.domain.Account;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The logged-in person's own account: how they log in (e-mail, mobile number) and their preferences: the language
 * of their notices and whether notices also go out by e-mail and by WhatsApp (only to an address they have). Only
 * one's own account exists here: it comes from the login, never from the URL.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	static final String VIEW = "account/preferences";

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, Model model) {
		Account account = accounts.find(user.accountId()).orElseThrow();
		PreferencesForm form = new PreferencesForm();
		form.setLanguage(account.getLanguage());
		form.setNotifyEmail(account.isNotifyEmail() && account.getEmail() != null);
		form.setNotifyWhatsapp(account.isNotifyWhatsapp() && account.getPhone() != null);
		model.addAttribute("form", form);
		return view(account, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") PreferencesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Account account = accounts.find(user.accountId()).orElseThrow();
		if (Boolean.TRUE.equals(form.getNotifyEmail()) && account.getEmail() == null) {
			result.rejectValue("notifyEmail", "account.preferences.email.noAddress");
		}
		if (Boolean.TRUE.equals(form.getNotifyWhatsapp()) && account.getPhone() == null) {
			result.rejectValue("notifyWhatsapp", "account.preferences.whatsapp.noPhone");
		}
		if (result.hasErrors()) {
			return view(account, model);
		}
		accounts.changePreferences(user.accountId(), form.getLanguage(), form.getNotifyEmail(),
				form.getNotifyWhatsapp());
		redirect.addFlashAttribute("flashSuccess", "account.preferences.saved");
		return "redirect:/account";
	}

	private static String view(Account account, Model model) {
		model.addAttribute("email", account.getEmail());
		model.addAttribute("phone", PhoneNumbers.display(account.getPhone()));
		model.addAttribute("languages", new String[] { "id", "en" });
		return VIEW;
	}

}
