package id.jakpreneur.portal.eorder.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.eorder.domain.OrganisationKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of buyers: organisations with their buyers, and the requests for a buyer account. */
@Service
@Transactional(readOnly = true)
public class BuyerQueries {

	/** An organisation in the list, with how many buyers it has. */
	public record OrganisationRow(long id, OrganisationKind kind, String name, String cityCode, long buyers) {
	}

	/** A buyer of an organisation and whether their login is open. */
	public record BuyerRow(long id, String fullName, String email, String phone, String position, boolean hasAccount) {
	}

	/** A request for a buyer account. */
	public record RequestRow(long id, OrganisationKind organisationKind, String organisationName, String fullName,
			String email, String phone, String position, String status, String rejectReason, Instant requestedAt,
			Instant decidedAt) {
	}

	/** The most buyers one organisation's page lists. */
	public static final int MAX_BUYERS = 200;

	private final JdbcClient jdbc;

	BuyerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Slice<OrganisationRow> organisations(Pageable page) {
		return Slices.of(jdbc.sql("""
				select o.id, o.kind, o.name, o.city_code,
				       (select count(*) from buyer b where b.organisation_id = o.id) as buyers
				from buyer_organisation o order by lower(o.name), o.id limit :limit offset :offset
				""")
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> new OrganisationRow(rs.getLong("id"), OrganisationKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("city_code"), rs.getLong("buyers")))
			.list(), page);
	}

	public List<BuyerRow> buyersOf(long organisationId) {
		return jdbc.sql("""
				select id, full_name, email, phone, position, account_id is not null as has_account from buyer
				where organisation_id = :organisation order by full_name, id limit :max
				""")
			.param("organisation", organisationId)
			.param("max", MAX_BUYERS)
			.query((rs, n) -> new BuyerRow(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
					rs.getString("phone"), rs.getString("position"), rs.getBoolean("has_account")))
			.list();
	}

	/** Pending requests oldest first; decided ones newest first. */
	public Slice<RequestRow> requests(boolean pending, Pageable page) {
		return Slices.of(jdbc.sql(REQUEST + (pending ? " where status = 'PENDING' order by requested_at, id"
				: " where status <> 'PENDING' order by decided_at desc, id desc") + " limit :limit offset :offset")
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query(BuyerQueries::requestRow)
			.list(), page);
	}

	public Optional<RequestRow> request(long id) {
		return jdbc.sql(REQUEST + " where id = :id").param("id", id).query(BuyerQueries::requestRow).optional();
	}

	public long pendingRequests() {
		return jdbc.sql("select count(*) from buyer_request where status = 'PENDING'").query(Long.class).single();
	}

	private static RequestRow requestRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Timestamp decided = rs.getTimestamp("decided_at");
		return new RequestRow(rs.getLong("id"), OrganisationKind.valueOf(rs.getString("organisation_kind")),
				rs.getString("organisation_name"), rs.getString("full_name"), rs.getString("email"),
				rs.getString("phone"), rs.getString("position"), rs.getString("status"), rs.getString("reject_reason"),
				rs.getTimestamp("requested_at").toInstant(), decided == null ? null : decided.toInstant());
	}

	private static final String REQUEST = """
			select id, organisation_kind, organisation_name, full_name, email, phone, position, status, reject_reason,
			       requested_at, decided_at
			from buyer_request
			""";

}
