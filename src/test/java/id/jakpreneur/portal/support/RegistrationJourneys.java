package id.jakpreneur.portal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks the registration journey the way a browser does: every page is posted with the whole registration (each
 * page keeps only its own fields), the draft carried from page to page by its cookie online or by the officer's
 * session at the counter; then the check page sends it. Stops at the first page that does not move on (a page with
 * errors) and returns that page's answer; otherwise the check page's.
 */
public final class RegistrationJourneys {

	/** The pages that ask something, in order. */
	public static final List<String> PAGES = List.of("account", "person", "address", "business", "sales", "consent");

	public static final String DRAFT_COOKIE = "JP_REGISTRATION";

	private RegistrationJourneys() {
	}

	/**
	 * Online, from a client address of its own. A value is a String, or a String[] for several values of one field.
	 * @param everyRequest what to add to each request (such as a language cookie)
	 */
	public static ResultActions online(MockMvc mvc, String clientAddress, Map<String, ?> form,
			UnaryOperator<MockHttpServletRequestBuilder> everyRequest) throws Exception {
		Walk walk = walk(mvc, "/register", form, onlineRequests(clientAddress, everyRequest));
		return walk.stopped() != null ? walk.stopped() : mvc.perform(walk.send());
	}

	public static ResultActions online(MockMvc mvc, String clientAddress, Map<String, ?> form) throws Exception {
		return online(mvc, clientAddress, form, UnaryOperator.identity());
	}

	/** Every page answered online without an error: the request that sends the check page, not yet performed. */
	public static MockHttpServletRequestBuilder answeredOnline(MockMvc mvc, String clientAddress, Map<String, ?> form)
			throws Exception {
		Walk walk = walk(mvc, "/register", form, onlineRequests(clientAddress, UnaryOperator.identity()));
		if (walk.stopped() != null) {
			throw new AssertionError("a page of the journey did not move on: "
					+ walk.stopped().andReturn().getModelAndView().getModel().get("step"));
		}
		return walk.send();
	}

	/** At the counter, as the officer the given request post-processor logs in, in one session (its cookie). */
	public static ResultActions counter(MockMvc mvc, UnaryOperator<MockHttpServletRequestBuilder> officer,
			Map<String, ?> form) throws Exception {
		Walk walk = walk(mvc, "/officer/entrepreneurs/new", form, keeping("SESSION", officer));
		return walk.stopped() != null ? walk.stopped() : mvc.perform(walk.send());
	}

	/** How each request is prepared, and what is kept from each answer (the draft's cookie). */
	private record Requests(UnaryOperator<MockHttpServletRequestBuilder> prepare, Consumer<MvcResult> afterEach) {
	}

	/** A page that did not move on, or else the check page's request. */
	private record Walk(ResultActions stopped, MockHttpServletRequestBuilder send) {
	}

	private static Requests onlineRequests(String clientAddress, UnaryOperator<MockHttpServletRequestBuilder> every) {
		return keeping(DRAFT_COOKIE, request -> every.apply(request.with(req -> {
			req.setRemoteAddr(clientAddress);
			return req;
		})));
	}

	/** Requests that carry the named cookie from answer to request, as a browser does. */
	private static Requests keeping(String cookie, UnaryOperator<MockHttpServletRequestBuilder> every) {
		Cookie[] kept = new Cookie[1];
		return new Requests(request -> {
			MockHttpServletRequestBuilder r = every.apply(request);
			return kept[0] == null ? r : r.cookie(kept[0]);
		}, result -> {
			Cookie set = result.getResponse().getCookie(cookie);
			if (set != null && set.getMaxAge() != 0) {
				kept[0] = set;
			}
		});
	}

	private static Walk walk(MockMvc mvc, String base, Map<String, ?> form, Requests requests) throws Exception {
		for (String page : PAGES) {
			ResultActions answer = mvc.perform(requests.prepare().apply(withAnswers(post(base + "/" + page), form)));
			MvcResult result = answer.andReturn();
			requests.afterEach().accept(result);
			if (result.getResponse().getStatus() != 302) {
				return new Walk(answer, null);
			}
		}
		return new Walk(null, requests.prepare().apply(post(base + "/check").with(csrf())));
	}

	private static MockHttpServletRequestBuilder withAnswers(MockHttpServletRequestBuilder request,
			Map<String, ?> form) {
		request.with(csrf());
		form.forEach((field, value) -> {
			if (value instanceof String[] values) {
				request.param(field, values);
			}
			else {
				request.param(field, String.valueOf(value));
			}
		});
		return request;
	}

}
