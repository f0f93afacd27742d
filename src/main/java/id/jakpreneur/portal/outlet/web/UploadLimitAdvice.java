package id.jakpreneur.portal.outlet.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload over the container's multipart limit (2 MB per file, {@code spring.servlet.multipart.*}) is refused
 * before any controller sees it; instead of an error page the participant goes back to the product form with the
 * message that the photo is too large. Only the product form uploads files.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "outlet.photo.tooLarge");
		return "redirect:/me/outlets/products/new";
	}

}
