package id.jakpreneur.portal.benchmark;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The logins a load needs, all with one password ({@link #PASSWORD}) whose hash is computed once and written into
 * every row: administrators {@code bench-admin-<n>@bench.local}, officers {@code bench-officer-<n>@bench.local} (each
 * working in one of the five kota, officer n in {@link #officerCity(int)}), entrepreneurs
 * {@code bench-warga-<n>@bench.local} (each the account of a validated participant with a mentor), and the mentors of
 * {@link TimelineGenerator} ({@code bench-mentor-<n>@example.id}), whose accounts get the same password. Every step adds
 * only what is missing.
 */
final class LoginAccounts {

	static final String PASSWORD = "bench-Jakarta-2026";

	static final int ADMINS = 20;

	static final int OFFICERS = 200;

	static final int ENTREPRENEURS = 10_000;

	/** The five kota of the mainland, where officers work (Kepulauan Seribu has too few participants). */
	static final List<String> CITIES = List.of("31.71", "31.72", "31.73", "31.74", "31.75");

	private LoginAccounts() {
	}

	static String admin(int n) {
		return "bench-admin-" + n + "@bench.local";
	}

	static String officer(int n) {
		return "bench-officer-" + n + "@bench.local";
	}

	static String entrepreneur(int n) {
		return "bench-warga-" + n + "@bench.local";
	}

	static String mentor(int n) {
		return "bench-mentor-" + n + "@example.id";
	}

	static String officerCity(int n) {
		return CITIES.get((n - 1) % CITIES.size());
	}

	/** Administrators first: the generators record them as the registrar of everything they add. */
	static void addAdministrators(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into account (email, password_hash, full_name, role)
				select 'bench-admin-' || g || '@bench.local', ?, 'Admin Uji ' || g, 'ADMIN' from generate_series(1, ?) g
				on conflict (email) do nothing
				""", hash(jdbc), ADMINS);
	}

	/** Officers with their kota, entrepreneurs' accounts, and the mentors' password; after the generators. */
	static void addTheOthers(JdbcTemplate jdbc) {
		String hash = hash(jdbc);
		jdbc.update("""
				insert into account (email, password_hash, full_name, role)
				select 'bench-officer-' || g || '@bench.local', ?, 'Petugas Uji ' || g, 'OFFICER' from generate_series(1, ?) g
				on conflict (email) do nothing
				""", hash, OFFICERS);
		jdbc.update("""
				insert into account_area (account_id, region_code)
				select a.id, (?::text[])[1 + (substring(a.email from 'bench-officer-([0-9]+)@')::int - 1) % ?]
				from account a where a.email like 'bench-officer-%@bench.local'
				on conflict do nothing
				""", CITIES.toArray(String[]::new), CITIES.size());
		jdbc.update("update account set password_hash = ? where email like 'bench-mentor-%@example.id' and password_hash <> ?",
				hash, hash);
		Integer existing = jdbc.queryForObject("select count(*) from account where email like 'bench-warga-%@bench.local'",
				Integer.class);
		if (existing >= ENTREPRENEURS) {
			return;
		}
		jdbc.execute("""
				create temporary table bench_citizen as
				select p.id as participant_id, p.full_name, row_number() over (order by p.id) as n
				from participant p
				where p.account_id is null and p.status = 'VALIDATED'
				  and exists (select 1 from mentor_assignment a where a.participant_id = p.id and a.ended_at is null)
				order by p.id limit %d
				""".formatted(ENTREPRENEURS - existing));
		jdbc.update("""
				insert into account (email, password_hash, full_name, role)
				select 'bench-warga-' || (c.n + ?) || '@bench.local', ?, c.full_name, 'ENTREPRENEUR' from bench_citizen c
				""", existing, hash);
		jdbc.update("""
				update participant p set account_id = a.id
				from bench_citizen c join account a on a.email = 'bench-warga-' || (c.n + ?) || '@bench.local'
				where p.id = c.participant_id
				""", existing);
		jdbc.execute("drop table bench_citizen");
		jdbc.execute("analyze account");
	}

	/** The password's hash as the portal's delegating encoder writes it, kept from the first account on. */
	static String hash(JdbcTemplate jdbc) {
		List<String> kept = jdbc.queryForList("select password_hash from account where email = ?", String.class, admin(1));
		return kept.isEmpty() ? PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD) : kept.get(0);
	}

}
