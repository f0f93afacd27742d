package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TemplateDrawing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * A page is drawn whole before its first byte is written (decision 133): its many small writes do not each pass
 * through the response's wrappers, and a page that fails half-way has written nothing, so the error page can still
 * replace it with its own status.
 */
@PortalWebTest
class WholePageOutputTests {

	@Autowired
	WebApplicationContext context;

	/** The page's last value; reading it fails when asked to, as a lazy read of a page's data can. */
	public static class LastLine {

		private final boolean fails;

		LastLine(boolean fails) {
			this.fails = fails;
		}

		public String getValue() {
			if (fails) {
				throw new IllegalStateException("the page's data could not be read");
			}
			return "the last line";
		}

	}

	/** Draws the test page, 400 times {@code line} and then the last line, into {@code response}. */
	private void draw(String line, boolean lastFails, MockHttpServletResponse response) throws Exception {
		// 400 lines: more than the response's buffer, so that drawn straight to the response they would be sent
		List<String> lines = Collections.nCopies(400, line);
		TemplateDrawing.draw(context, "test/half-drawn", Locale.ENGLISH,
				Map.of("lines", lines, "last", new LastLine(lastFails)), response);
	}

	@Test
	void aPageThatFailsHalfWayHasWrittenNothing() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThatThrownBy(() -> draw("a line of the page drawn before the failure", true, response))
			.hasStackTraceContaining("the page's data could not be read");
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentAsString()).isEmpty();
	}

	@Test
	void aPageDrawnWholeIsWrittenWhole() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		draw("a line of the page", false, response);

		String html = response.getContentAsString();
		assertThat(html.split("<p>a line of the page</p>", -1)).hasSize(401);
		assertThat(html).contains("<p>the last line</p>").endsWith("</html>\n");
	}

}
