package id.jakpreneur.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TemplateDrawing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fragments other modules draw: the upload field says its types and limit and carries its error, tied to the
 * input for screen readers; the list's links say each file's name and size.
 */
@PortalWebTest
class DocumentFragmentsTests {

	@Autowired
	WebApplicationContext context;

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
		TemplateDrawing.draw(context, "test/document-fragments", locale, model, response);
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
