package id.jakpreneur.portal.account.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountStatus;
import id.jakpreneur.portal.account.domain.AuditAction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' view of accounts: the searchable list (one statement for the page, one for the total,
 * whatever the page size), one account with its session count, and its audit trail.
 */
@Service
@Transactional(readOnly = true)
public class AccountQueries {

	private static final String STATUS = qualified(AccountStatus.SQL);

	/** A search that may be (part of) a mobile number: digits, with the separators people write. */
	private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9 .()-]{3,}");

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Page<AccountRow> search(AccountCriteria criteria, Pageable page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String filters = filters(criteria, params);
		long total = jdbc.sql("select count(*) from account a where true" + filters)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", page.getPageSize());
		params.put("offset", page.getOffset());
		// the areas only for the rows of the page
		List<AccountRow> rows = jdbc.sql("""
				select p.*, (select array_agg(x.region_code order by x.region_code) from account_area x
				             where x.account_id = p.id) as area_codes
				from (select a.id, a.full_name, a.email, a.phone, a.role, %s as status, a.created_at, a.last_login_at
				      from account a where true
				""".formatted(STATUS) + filters + """

				      order by lower(a.full_name), a.id limit :limit offset :offset) p
				order by lower(p.full_name), p.id
				""")
			.params(params)
			.query((rs, n) -> new AccountRow(rs.getLong("id"), rs.getString("full_name"),
					rs.getString("email"), rs.getString("phone"),
					Role.valueOf(rs.getString("role")), AccountStatus.valueOf(rs.getString("status")),
					codes(rs.getArray("area_codes")), instant(rs, "created_at"), instant(rs, "last_login_at")))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** Only the conditions asked for, so that each search is planned with its own index. */
	private static String filters(AccountCriteria criteria, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (criteria.text() != null && !criteria.text().isBlank()) {
			String text = criteria.text().strip();
			sql.append(" and (lower(a.full_name) like :text escape '\\' or a.email like :text escape '\\'");
			params.put("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
			if (PHONE_LIKE.matcher(text).matches()) {
				// numbers are kept as +628...: a number written 0812... is found by its digits after the country code
				String digits = text.replaceAll("[^0-9]", "");
				sql.append(" or a.phone like :phone");
				params.put("phone", "%" + (digits.startsWith("0") ? "62" + digits.substring(1) : digits) + "%");
			}
			sql.append(")");
		}
		if (criteria.role() != null) {
			sql.append(" and a.role = :role");
			params.put("role", criteria.role().name());
		}
		if (criteria.status() != null) {
			sql.append(" and ").append(STATUS).append(" = :status");
			params.put("status", criteria.status().name());
		}
		if (criteria.areaCode() != null) {
			// working in the area, in part of it, or over it
			sql.append(" and exists (select 1 from account_area x where x.account_id = a.id and (x.region_code = :area"
					+ " or x.region_code like :area || '.%' or :area like x.region_code || '.%'))");
			params.put("area", criteria.areaCode());
		}
		return sql.toString();
	}

	public Optional<AccountDetails> details(long accountId) {
		return jdbc.sql("""
				select a.id, a.full_name, a.email, a.phone, a.role, %s as status, a.created_at, a.last_login_at,
				       a.password_changed_at, a.deactivated_at, a.must_change_password,
				       (select array_agg(x.region_code order by x.region_code) from account_area x
				        where x.account_id = a.id) as area_codes,
				       (select count(*) from spring_session s
				        where s.principal_name = coalesce(a.email, a.phone) and s.expiry_time > :now) as active_sessions
				from account a where a.id = :id
				""".formatted(STATUS))
			.param("id", accountId)
			.param("now", clock.millis())
			.query((rs, n) -> new AccountDetails(rs.getLong("id"), rs.getString("full_name"),
					rs.getString("email"), rs.getString("phone"),
					Role.valueOf(rs.getString("role")), AccountStatus.valueOf(rs.getString("status")),
					codes(rs.getArray("area_codes")), instant(rs, "created_at"), instant(rs, "last_login_at"),
					instant(rs, "password_changed_at"), instant(rs, "deactivated_at"),
					rs.getBoolean("must_change_password"), rs.getLong("active_sessions")))
			.optional();
	}

	/** The account's administrative actions, latest first. */
	public Slice<AuditEntry> audit(long accountId, Pageable page) {
		List<AuditEntry> rows = jdbc.sql("""
				select u.id, actor.full_name as actor_name, u.action, u.reason, u.at
				from account_audit u join account actor on actor.id = u.actor_id
				where u.account_id = :id
				order by u.at desc, u.id desc limit :limit offset :offset
				""")
			.param("id", accountId)
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getString("actor_name"),
					AuditAction.valueOf(rs.getString("action")), rs.getString("reason"), instant(rs, "at")))
			.list();
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	private static String qualified(String sql) {
		return sql.replace("deactivated_at", "a.deactivated_at").replace("enabled", "a.enabled");
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
