package id.jakpreneur.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A page drawn until its template expressions are compiled to bytecode (decision 132) must read exactly as when they
 * were interpreted. Spring's SpEL, in the "mixed" mode Thymeleaf uses, compiles an expression after its hundredth
 * evaluation; the page is drawn past that point and compared with its first drawing, the CSRF token aside (each
 * request of a test has a session of its own).
 */
public final class CompiledDrawings {

	/** Drawings after which every expression evaluated once per drawing has been compiled. */
	static final int DRAWINGS = 106;

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

	private CompiledDrawings() {
	}

	public static void assertDrawnAlike(MockMvc mvc, String page, RequestPostProcessor who) throws Exception {
		String first = drawn(mvc, page, who);
		String last = first;
		for (int i = 1; i < DRAWINGS; i++) {
			last = drawn(mvc, page, who);
		}
		assertThat(last).as(page + " once its expressions were compiled").isEqualTo(first);
	}

	public static String drawn(MockMvc mvc, String page, RequestPostProcessor who) throws Exception {
		String html = mvc.perform(get(page).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return CSRF.matcher(html).replaceAll("name=\"_csrf\" value=\"\"");
	}

}
