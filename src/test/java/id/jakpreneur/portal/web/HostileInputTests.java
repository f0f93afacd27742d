package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.web.HostileEndpoints.Endpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Hostile input never gets a 5xx and never stores what it must not (issues 15, 16). For anonymous and each role,
 * every GET and POST the application maps ({@link HostileEndpoints}, plus the login form) gets each value of
 * {@link Hostile} in every parameter its handler binds at once ({@code lang}, read by every page, where it binds
 * none), in each parameter alone (a form of more than {@link #MAX_SINGLY_SENT_FIELDS} fields: at once only) and in
 * each path variable. Path variables not under test hold a real id the role was shown in a link (found by following
 * the links of its own pages) or an unknown id. A route already walked by an earlier role gets each value at once
 * only; a route the role may not use gets each value once and must refuse it cleanly.
 * <p>
 * After every POST whose value PostgreSQL cannot store, or that is longer than the field it is in, no row may have
 * changed ({@link StoredRows}). {@code %} and numbers may be valid input and are held to "no 5xx" only; on a POST
 * they go with unknown ids, and a POST that binds nothing (a button: start a bulk run, rebuild the dashboards) gets
 * only the unstorable values, since the others would only repeat its action: the demo data stays as the other tests
 * expect it.
 */
@PortalWebTest
class HostileInputTests {

	static final String UNKNOWN_ID = "987654321";

	/** The login form is served by Spring Security's filter, not a controller, so it is added by hand. */
	static final Endpoint LOGIN = new Endpoint("POST", "/login", List.of(), List.of("username", "password"),
			List.of());

	/** A form with more fields gets each value in all of them at once only: a request per field costs minutes. */
	static final int MAX_SINGLY_SENT_FIELDS = 8;

	static final Pattern LINK = Pattern.compile("(?:href|action)=\"(/[^\"?#]*)");

	static final int MAX_CRAWLED_PAGES = 60;

	/**
	 * Routes already walked in full (every value in every parameter) by an earlier role of this class: a later role
	 * that reaches the same route sends each value once, in turn through its parameters. Roles run in a fixed order
	 * (anonymous, then {@link Role#values()}), so the split is the same on every run.
	 */
	private static final Set<String> WALKED_IN_FULL = new HashSet<>();

	enum Hostile {

		NUL("a\u0000b", true, false), LONE_HIGH_SURROGATE("a\uD800b", true, false),
		LONE_LOW_SURROGATE("\uDC00", true, false), TEN_KB("x".repeat(10_240), false, true),
		PERCENT("%", false, false), NEGATIVE("-1", false, false), INT_MAX("2147483647", false, false),
		HUGE("99999999999999999999", false, false), WRONG_TYPE("abc", false, false);

		final String value;

		/** PostgreSQL cannot store it: refused whatever parameter carries it. */
		final boolean unstorable;

		/** Longer than any field takes. */
		final boolean tooLong;

		Hostile(String value, boolean unstorable, boolean tooLong) {
			this.value = value;
			this.unstorable = unstorable;
			this.tooLong = tooLong;
		}

		/** A request carrying it must store nothing (an overlong value only when the handler binds it). */
		boolean mustStoreNothing(boolean bound) {
			return unstorable || (tooLong && bound);
		}

		/** As an attacker writes it in a URL: UTF-8 percent-encoded, a lone surrogate as its three raw bytes. */
		String inPath() {
			StringBuilder raw = new StringBuilder();
			for (char c : value.toCharArray()) {
				byte[] bytes = Character.isSurrogate(c)
						? new byte[] { (byte) (0xE0 | c >> 12), (byte) (0x80 | (c >> 6 & 0x3F)), (byte) (0x80 | (c & 0x3F)) }
						: String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				for (byte b : bytes) {
					raw.append(Character.isLetterOrDigit(b) || b == '-' ? String.valueOf((char) b)
							: String.format("%%%02X", b & 0xFF));
				}
			}
			return raw.toString();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DataSource dataSource;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	WebInvocationPrivilegeEvaluator privileges;

	@ParameterizedTest(name = "{0}")
	@NullSource
	@EnumSource(Role.class)
	void hostileInputGetsNo5xxAndStoresNothing(Role role) throws Exception {
		List<Endpoint> endpoints = new ArrayList<>(HostileEndpoints.of(handlerMapping));
		endpoints.add(LOGIN);
		Walk walk = new Walk(role == null ? r -> r : DemoUsers.as(accounts, role), who(role), new StoredRows(dataSource));
		long begun = System.nanoTime();
		Map<String, String> real = realPaths(walk.as, endpoints);
		long crawled = System.nanoTime() - begun;
		for (Endpoint endpoint : endpoints) {
			String path = endpoint.pattern();
			for (String variable : endpoint.pathVariables()) {
				path = HostileEndpoints.fill(path, variable, UNKNOWN_ID);
			}
			String realPath = real.getOrDefault(endpoint.pattern(), path);
			List<String> parameters = endpoint.parameters();
			boolean bound = !parameters.isEmpty();
			List<String> every = bound ? parameters : List.of("lang");
			long started = System.nanoTime();
			if (!walk.reachable(endpoint, path)) {
				for (Hostile hostile : Hostile.values()) {
					walk.send(endpoint, path, every, bound, hostile);
				}
				walk.refusedNanos += System.nanoTime() - started;
				continue;
			}
			boolean full = WALKED_IN_FULL.add(endpoint.row());
			boolean bindsNothing = !bound && endpoint.pathVariables().isEmpty();
			for (Hostile hostile : Hostile.values()) {
				if (bindsNothing && endpoint.method().equals("POST") && !hostile.unstorable) {
					continue; // it would only repeat the button's action; the language switch is covered by GETs
				}
				boolean useReal = endpoint.method().equals("GET") || hostile.mustStoreNothing(bound);
				String target = useReal ? realPath : path;
				walk.send(endpoint, target, every, bound, hostile);
				if (full && parameters.size() > 1) {
					List<String> one = new ArrayList<>(endpoint.requestParameters());
					if (endpoint.formFields().size() <= MAX_SINGLY_SENT_FIELDS) {
						one.addAll(endpoint.formFields());
					}
					for (String parameter : one) {
						walk.send(endpoint, target, List.of(parameter), true, hostile);
					}
				}
				for (String variable : endpoint.pathVariables()) {
					walk.send(endpoint, pathWith(endpoint, target, variable, hostile.inPath()), List.of(), false,
							hostile);
				}
			}
			walk.took(endpoint, System.nanoTime() - started);
		}
		System.out.printf("hostile input as %s: %d endpoints, %d requests in %d ms (crawl %d ms, refused routes %d ms),"
				+ " %d routes with a 5xx, %d that stored; %d censuses in %d ms%n", role == null ? "anonymous" : role,
				endpoints.size(), walk.requests, (System.nanoTime() - begun) / 1_000_000, crawled / 1_000_000,
				walk.refusedNanos / 1_000_000, walk.serverErrors.size(), walk.stored.size(), walk.rows.censuses,
				walk.rows.censusMillis);
		walk.slowest().forEach(line -> System.out.println("  slow " + line));
		walk.serverErrors.forEach((route, failures) -> System.out.println("  5xx " + route + ": " + failures));
		walk.stored.forEach((route, failures) -> System.out.println("  stored " + route + ": " + failures));
		walk.storedValid.forEach((route, values) -> System.out.println("  stored (valid) " + route + ": " + values));
		assertThat(walk.serverErrors).as("5xx answers").isEmpty();
		assertThat(walk.stored).as("requests that stored a hostile value").isEmpty();
		assertThat(walk.requests).isGreaterThan(endpoints.size());
	}

	private Authentication who(Role role) {
		if (role == null) {
			return new AnonymousAuthenticationToken("hostile", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		}
		UserDetails user = accounts.loadUserByUsername(DemoUsers.emailOf(role));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** The path with one variable set to a raw value and the others to the real path's values (or an unknown id). */
	private static String pathWith(Endpoint endpoint, String realPath, String variable, String raw) {
		PathPattern.PathMatchInfo match = PathPatternParser.defaultInstance.parse(endpoint.pattern())
			.matchAndExtract(PathContainer.parsePath(realPath));
		Map<String, String> values = match == null ? Map.of() : match.getUriVariables();
		String path = endpoint.pattern();
		for (String name : endpoint.pathVariables()) {
			path = HostileEndpoints.fill(path, name, name.equals(variable) ? raw : values.getOrDefault(name, UNKNOWN_ID));
		}
		return path;
	}

	/**
	 * Real paths the role was shown: the links and form actions of its own pages, followed from every page without a
	 * path variable. Each path goes to the most specific pattern it matches, so {@code /officer/classes/new} is not
	 * taken for {@code /officer/classes/{id}}.
	 */
	private Map<String, String> realPaths(RequestPostProcessor as, List<Endpoint> endpoints) throws Exception {
		Map<String, PathPattern> patterns = new LinkedHashMap<>();
		Set<String> getPatterns = new HashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		for (Endpoint endpoint : endpoints) {
			patterns.put(endpoint.pattern(), PathPatternParser.defaultInstance.parse(endpoint.pattern()));
			if (endpoint.method().equals("GET")) {
				getPatterns.add(endpoint.pattern());
				if (endpoint.pathVariables().isEmpty() && !endpoint.pattern().startsWith("/error")) {
					queue.add(endpoint.pattern());
				}
			}
		}
		Map<String, String> found = new HashMap<>();
		Set<String> seen = new HashSet<>();
		int fetched = 0;
		while (!queue.isEmpty() && fetched < MAX_CRAWLED_PAGES) {
			String page = queue.poll();
			if (!seen.add(page)) {
				continue;
			}
			fetched++;
			MockHttpServletResponse response = mvc.perform(get(page).with(as)).andReturn().getResponse();
			String type = response.getContentType();
			if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			Matcher links = LINK.matcher(response.getContentAsString());
			while (links.find()) {
				String link = links.group(1);
				PathContainer container = PathContainer.parsePath(link);
				patterns.entrySet()
					.stream()
					.filter(p -> p.getValue().matches(container))
					.min((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.getValue(), b.getValue()))
					.filter(best -> !HostileEndpoints.pathVariables(best.getKey()).isEmpty())
					.ifPresent(best -> {
						if (found.putIfAbsent(best.getKey(), link) == null && getPatterns.contains(best.getKey())) {
							queue.add(link);
						}
					});
			}
		}
		return found;
	}

	/** Sends the requests of one role and keeps what went wrong, by route. */
	private final class Walk {

		final RequestPostProcessor as;

		final StoredRows rows;

		final Map<String, List<String>> serverErrors = new TreeMap<>();

		final Map<String, List<String>> stored = new TreeMap<>();

		/** Stores of values a field may take ({@code %}, numbers): allowed, and shown. */
		final Map<String, List<String>> storedValid = new TreeMap<>();

		int requests;

		long refusedNanos;

		final Map<String, Long> millis = new HashMap<>();

		final Authentication who;

		Walk(RequestPostProcessor as, Authentication who, StoredRows rows) {
			this.as = as;
			this.who = who;
			this.rows = rows;
		}

		void took(Endpoint endpoint, long nanos) {
			millis.put(endpoint.row(), nanos / 1_000_000);
		}

		List<String> slowest() {
			return millis.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(8)
				.map(e -> e.getKey() + " " + e.getValue() + " ms")
				.toList();
		}

		/** Whether the role gets past the security rules (a refused route answers 401/403 or sends to the login). */
		boolean reachable(Endpoint endpoint, String path) throws Exception {
			if (endpoint.method().equals("POST")) {
				// asked of the URL rules, not by posting: a plain POST would do what the button does (start a bulk
				// run, rebuild the dashboards), whose work in the background would land in a later request's check
				return privileges.isAllowed(null, path, "POST", who);
			}
			MockHttpServletResponse response = mvc.perform(builder(endpoint, path)).andReturn().getResponse();
			requests++;
			return response.getStatus() != 401 && response.getStatus() != 403
					&& !"/login".equals(response.getRedirectedUrl());
		}

		/** One hostile value in the given parameters (none: it is already in the path). */
		void send(Endpoint endpoint, String path, List<String> parameters, boolean bound, Hostile hostile)
				throws Exception {
			MockHttpServletRequestBuilder request = builder(endpoint, path);
			parameters.forEach(parameter -> request.param(parameter, hostile.value));
			String what = (parameters.isEmpty() ? "path" : parameters.size() > 1 ? "all" : parameters.get(0)) + "="
					+ hostile;
			boolean post = endpoint.method().equals("POST");
			long mark = post ? rows.mark() : 0;
			requests++;
			MvcResult result;
			try {
				result = mvc.perform(request).andReturn();
			}
			catch (Exception | AssertionError failure) {
				serverErrors.computeIfAbsent(endpoint.row(), r -> new ArrayList<>())
					.add(what + " threw " + rootCause(failure));
				return;
			}
			int status = result.getResponse().getStatus();
			if (status >= 500) {
				serverErrors.computeIfAbsent(endpoint.row(), r -> new ArrayList<>())
					.add(what + " " + status + (result.getResolvedException() == null ? ""
							: " " + rootCause(result.getResolvedException())));
			}
			if (post) {
				Set<String> changed = new TreeSet<>(rows.changedSince(mark));
				if (endpoint == LOGIN && !parameters.contains("username")) {
					changed.remove("login_throttle"); // a failed login is counted, whatever the password
				}
				if (!changed.isEmpty()) {
					(hostile.mustStoreNothing(bound) ? stored : storedValid)
						.computeIfAbsent(endpoint.row(), r -> new ArrayList<>())
						.add(what + " wrote " + changed);
				}
			}
		}

		private MockHttpServletRequestBuilder builder(Endpoint endpoint, String path) {
			MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), URI.create(path));
			if (endpoint.method().equals("POST")) {
				request.with(csrf());
			}
			return request.with(as);
		}

		private static String rootCause(Throwable failure) {
			Throwable cause = failure;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			String message = String.valueOf(cause.getMessage());
			return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(120, message.length()));
		}

	}

}
