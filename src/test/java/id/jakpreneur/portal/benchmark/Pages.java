package id.jakpreneur.portal.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import id.jakpreneur.portal.benchmark.PageLoad.Paths;
import id.jakpreneur.portal.benchmark.PageLoad.User;

/**
 * The pages of issue 20, each with who asks for it: a static file and the login form (anonymous visitors, each with
 * its own cookies), the officer's home, search by name prefix and participant page (officers of the five kota, each
 * opening participants of their own kota), {@code /me} (entrepreneurs, each her own), the mentor's page of a mentee
 * (mentors, each their own mentees), the province dashboard (administrators), and the public Katalog's search and
 * product pages (anonymous visitors, issue 21). {@code -Dbenchmark.pages=me,search}
 * picks some by key; {@code -Dbenchmark.extra-pages=officer:/officer/outlets,admin:/admin} adds any page as a role
 * (anonymous, entrepreneur, officer, mentor, admin) sees it.
 */
final class Pages {

	static final String[] NAME_PREFIXES = { "s", "a", "de", "bud", "rin", "siti r", "ag", "wahyu s", "yu", "k", "ma",
			"hendra p", "nur", "eko", "fitri h" };

	/** A page: its key, its label in the table, who asks, which path each asks for. */
	record Page(String key, String name, String role, Paths paths, Logins logins) {

		boolean behindLogin() {
			return !role.equals("anonymous");
		}

		List<User> users(String baseUrl) throws IOException, InterruptedException {
			return logins.of(role, baseUrl);
		}

	}

	private Pages() {
	}

	static List<Page> chosen(DataSet data, int connections) {
		Logins logins = new Logins(connections, data);
		List<String> mentors = new ArrayList<>(data.menteesByMentor.keySet());
		List<Page> pages = new ArrayList<>(List.of(
				new Page("static", "static file `/assets/css/portal.css`", "anonymous",
						(u, n) -> "/assets/css/portal.css", logins),
				new Page("login", "`/login`", "anonymous", (u, n) -> "/login", logins),
				new Page("officer", "`/officer` (queue)", "officer", (u, n) -> "/officer", logins),
				new Page("search", "officer search (name prefix)", "officer",
						(u, n) -> "/officer/entrepreneurs?name="
								+ NAME_PREFIXES[(int) ((u + n) % NAME_PREFIXES.length)].replace(" ", "+"), logins),
				new Page("me", "`/me`", "entrepreneur", (u, n) -> "/me", logins),
				new Page("participant", "officer's participant page", "officer", (u, n) -> {
					List<Long> ids = data.participantsByCity.get(LoginAccounts.officerCity(u + 1));
					return "/officer/entrepreneurs/" + ids.get((int) ((n * 131 + u * 17) % ids.size()));
				}, logins),
				new Page("mentee", "mentor's mentee page", "mentor", (u, n) -> {
					List<Long> ids = data.menteesByMentor.get(mentors.get(u));
					return "/mentor/mentees/" + ids.get((int) (n % ids.size()));
				}, logins),
				new Page("dashboard", "`/admin/dashboard`", "admin", (u, n) -> "/admin/dashboard", logins),
				new Page("katalog", "`/katalog` search (words, then sector, kecamatan or mark)", "anonymous",
						(u, n) -> katalogSearch(data, u, n), logins),
				new Page("product", "Katalog product page", "anonymous",
						(u, n) -> data.catalogueProducts.get((int) ((n * 131 + u * 17) % data.catalogueProducts.size())),
						logins)));
		String extra = System.getProperty("benchmark.extra-pages", "");
		for (String item : extra.split(",")) {
			if (!item.isBlank()) {
				String[] roleAndPath = item.trim().split(":", 2);
				pages.add(new Page(roleAndPath[1], "`" + roleAndPath[1] + "` (" + roleAndPath[0] + ")", roleAndPath[0],
						(u, n) -> roleAndPath[1], logins));
			}
		}
		String only = System.getProperty("benchmark.pages", "");
		if (!only.isBlank()) {
			List<String> keys = Arrays.asList(only.split(","));
			pages.removeIf(page -> !keys.contains(page.key()) && !extra.contains(page.key()));
		}
		return pages;
	}

	/**
	 * A visitor's search: a common product word, every second one narrowed by a sector, a kecamatan that has products
	 * or a mark, every fifth on a later page.
	 */
	static String katalogSearch(DataSet data, int user, long n) {
		long k = n * 7 + user;
		StringBuilder url = new StringBuilder("/katalog?q=")
			.append(CatalogueGenerator.SEARCH_WORDS[(int) (k % CatalogueGenerator.SEARCH_WORDS.length)]);
		switch ((int) (k % 6)) {
			case 1 -> url.append("&sektor=").append(KATALOG_SECTORS[(int) (k / 6 % KATALOG_SECTORS.length)]);
			case 3 -> url.append("&kecamatan=")
				.append(data.catalogueDistricts.get((int) (k / 6 % data.catalogueDistricts.size())));
			case 5 -> url.append("&tanda=halal");
			default -> {
			}
		}
		if (k % 5 == 4) {
			url.append("&page=2");
		}
		return url.toString();
	}

	private static final String[] KATALOG_SECTORS = { "KULINER", "FESYEN", "KRIYA" };

	/** The users of each role, logged in once and kept for every page they ask for. */
	static final class Logins {

		private final int connections;

		private final List<String> mentors;

		private final Map<String, List<User>> byRole = new HashMap<>();

		Logins(int connections, DataSet data) {
			this.connections = connections;
			this.mentors = new ArrayList<>(data.menteesByMentor.keySet());
			if (mentors.size() < connections) {
				throw new IllegalStateException("only " + mentors.size() + " mentors with mentees");
			}
		}

		List<User> of(String role, String baseUrl) throws IOException, InterruptedException {
			List<User> users = byRole.get(role);
			if (users == null) {
				IntFunction<String> login = switch (role) {
					case "anonymous" -> null;
					case "entrepreneur" -> LoginAccounts::entrepreneur;
					case "officer" -> LoginAccounts::officer;
					case "mentor" -> n -> mentors.get(n - 1);
					case "admin" -> LoginAccounts::admin;
					default -> throw new IllegalArgumentException("unknown role " + role);
				};
				users = new ArrayList<>();
				for (int n = 1; n <= connections; n++) {
					users.add(login == null ? User.anonymous(baseUrl)
							: User.loggedIn(baseUrl, login.apply(n), LoginAccounts.PASSWORD));
				}
				byRole.put(role, users);
			}
			return users;
		}

	}

}
