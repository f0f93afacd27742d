package id.jakpreneur.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The fragments other modules draw: the upload field says its types and limit and carries its error, tied to the
 * input for screen readers; the list's links say each file's name and size.
 */
@PortalWebTest
class DocumentFragmentsTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	List<ViewResolver> resolvers;

	/** A form with one file field, as another module's form would have. */
	public static class UploadForm {

		private MultipartFile evidence;

		public MultipartFile getEvidence() {
			return evidence;
		}

		public void setEvidence(MultipartFile evidence) {
			this.evidence = evidence;
		}

	}

	private String render(Locale locale, boolean withError) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/test");
		request.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		MockHttpServletResponse response = new MockHttpServletResponse();
		UploadForm form = new UploadForm();
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		if (withError) {
			result.rejectValue("evidence", "document.file.type");
		}
		Map<String, Object> model = new HashMap<>();
		model.put("form", form);
		model.put(BindingResult.MODEL_KEY_PREFIX + "form", result);
		model.put("documents", List.of(new StoredDocument(41, 1, DocumentPurpose.LICENCE, 7, "nib.pdf",
				"application/pdf", 120_000, Instant.now())));
		model.put("none", List.of());
		View view = null;
		for (ViewResolver resolver : resolvers) {
			view = view != null ? view : resolver.resolveViewName("test/document-fragments", locale);
		}
		view.render(model, request, response);
		return response.getContentAsString();
	}

	@Test
	void theUploadFieldStatesTypesAndLimitAndCarriesItsError() throws Exception {
		String html = render(Locale.forLanguageTag("id"), true);

		assertThat(html).contains("<label class=\"form-label\" for=\"evidence\">Dokumen bukti</label>",
				"type=\"file\" id=\"evidence\" name=\"evidence\"", "accept=\"application/pdf,image/jpeg,image/png",
				"data-max-bytes=\"5242880\"", "aria-invalid=\"true\"",
				"aria-describedby=\"evidence-help evidence-error\"", "PDF, JPEG, atau PNG, paling besar 5 MB",
				"id=\"evidence-error\">Berkas harus berupa PDF, JPEG, atau PNG yang utuh.");
		assertThat(render(Locale.ENGLISH, false)).contains("aria-describedby=\"evidence-help\"",
				"PDF, JPEG or PNG, at most 5 MB").doesNotContain("aria-invalid", "id=\"evidence-error\"");
	}

	@Test
	void theListsLinksSayTheFileNameAndSize() throws Exception {
		String html = render(Locale.forLanguageTag("id"), false);

		assertThat(html).contains("<a href=\"/documents/41\">nib.pdf (118 KB)</a>", "Belum ada dokumen.");
	}

}
