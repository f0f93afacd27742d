package id.jakpreneur.portal.eorder.web;

import id.jakpreneur.portal.eorder.domain.EOrderRefusedException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What both parties' order pages share: the one order page, and a step answered by a redirect and a message. */
final class OrderPages {

	static final String DETAIL_VIEW = "eorder/order";

	private OrderPages() {
	}

	/**
	 * Takes the step and comes back to the order's page with {@code done}, or with the refusal's message when the
	 * order has moved on in the meantime (the other party cancelled, say).
	 */
	static String step(RedirectAttributes redirect, String orderPath, String done, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flashSuccess", done);
		}
		catch (EOrderRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + orderPath;
	}

	/** The page's forms, unless the request brought one back with its errors. */
	static void addForms(Model model, Object... namesAndForms) {
		for (int i = 0; i < namesAndForms.length; i += 2) {
			if (!model.containsAttribute((String) namesAndForms[i])) {
				model.addAttribute((String) namesAndForms[i], namesAndForms[i + 1]);
			}
		}
	}

}
