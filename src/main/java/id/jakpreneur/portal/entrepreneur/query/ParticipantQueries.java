package id.jakpreneur.portal.entrepreneur.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.entrepreneur.ParticipantSearch;
import id.jakpreneur.portal.entrepreneur.ParticipantSummary;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.entrepreneur.SearchCriteria;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import id.jakpreneur.portal.shared.PlannedOnce;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's participant lists over up to a million participants: one SQL statement per page, always inside
 * the officer's area (their kota expanded to its kecamatan, so one indexed column decides), ordered by name in
 * the "C" collation so that one btree index serves both the prefix search and the order. Pages are slices.
 */
@Service
@Transactional(readOnly = true)
class ParticipantQueries implements ParticipantSearch {

	private static final String SELECT = """
			select id, full_name, nik_masked, village_code, sector, status, channel, registered_at
			from participant
			""";

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	ParticipantQueries(JdbcClient jdbc, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	@Override
	public Slice<ParticipantSummary> search(PortalUser officer, SearchCriteria criteria, Pageable page) {
		StringBuilder sql = new StringBuilder(SELECT).append("where true");
		Map<String, Object> params = new LinkedHashMap<>();
		restrictToArea(officer, sql, params);
		if (criteria.namePrefix() != null && !criteria.namePrefix().isBlank()) {
			sql.append(" and lower(full_name) collate \"C\" like :namePrefix");
			params.put("namePrefix", escapeLike(criteria.namePrefix().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (criteria.villageCode() != null && !criteria.villageCode().isBlank()) {
			sql.append(" and village_code = :villageCode");
			params.put("villageCode", criteria.villageCode());
		}
		if (criteria.sector() != null) {
			sql.append(" and sector = :sector");
			params.put("sector", criteria.sector().name());
		}
		if (criteria.status() != null) {
			sql.append(" and status = :status");
			params.put("status", criteria.status().name());
		}
		if (criteria.stepNeeded() != null) {
			// assessment publishes each participant's current steps in the view participant_step, one row each
			sql.append(" and exists (select 1 from participant_step s where s.participant_id = participant.id"
					+ " and s.step = :step and s.status = 'NEEDED')");
			params.put("step", criteria.stepNeeded());
		}
		sql.append(" order by lower(full_name) collate \"C\", id limit :limit offset :offset");
		return slice(sql, params, page);
	}

	@Override
	public Slice<ParticipantSummary> waiting(PortalUser officer, Pageable page) {
		StringBuilder sql = new StringBuilder(SELECT).append("where status = 'SUBMITTED' and erased_at is null");
		Map<String, Object> params = new LinkedHashMap<>();
		restrictToArea(officer, sql, params);
		sql.append(" order by registered_at, id limit :limit offset :offset");
		return slice(sql, params, page);
	}

	/** The officer's tray, on every visit of their home: its area written in, so planned once ({@link PlannedOnce}). */
	@Override
	public long countWaiting(PortalUser officer) {
		StringBuilder sql = new StringBuilder(
				"select count(*) from (select 1 from participant where status = 'SUBMITTED' and erased_at is null");
		restrictToArea(officer, sql, codes -> codes.size() == 1 ? PlannedOnce.regionCode(codes.get(0))
				: PlannedOnce.regionCodes(codes));
		sql.append(" limit ").append(WorkInbox.COUNTED_UP_TO).append(") waiting");
		return jdbc.sql(sql.toString()).query(Long.class).single();
	}

	private void restrictToArea(PortalUser officer, StringBuilder sql, Map<String, Object> params) {
		restrictToArea(officer, sql, codes -> {
			params.put("area", codes.size() == 1 ? codes.get(0) : codes.toArray(String[]::new));
			return ":area";
		});
	}

	/**
	 * One indexed column decides the area: a single kota uses city_code, anything else its kecamatan list;
	 * administrators see the whole province. One code is compared with {@code =} (an index on the column then keeps
	 * its order), several with {@code any}. {@code value} gives the statement's reference to the code or codes: a
	 * bound name, or the codes written in.
	 */
	private void restrictToArea(PortalUser officer, StringBuilder sql, Function<List<String>, String> value) {
		if (officer.role() == Role.ADMIN) {
			return;
		}
		Set<String> codes = officer.areaCodes();
		boolean oneCity = codes.size() == 1 && regions.exists(codes.iterator().next(), RegionLevel.CITY);
		List<String> area = List.copyOf(oneCity ? codes : regions.districtsWithin(codes));
		sql.append(oneCity ? " and city_code" : " and district_code")
			.append(area.size() == 1 ? " = " + value.apply(area) : " = any (" + value.apply(area) + ")");
	}

	private Slice<ParticipantSummary> slice(StringBuilder sql, Map<String, Object> params, Pageable page) {
		params.put("limit", page.getPageSize() + 1);
		params.put("offset", page.getOffset());
		List<ParticipantSummary> rows = jdbc.sql(sql.toString()).params(params).query(ParticipantQueries::row).list();
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	private static ParticipantSummary row(ResultSet rs, int n) throws SQLException {
		return new ParticipantSummary(rs.getLong("id"), rs.getString("full_name"), rs.getString("nik_masked"),
				rs.getString("village_code"), Sector.valueOf(rs.getString("sector")),
				RegistrationStatus.valueOf(rs.getString("status")), RegistrationChannel.valueOf(rs.getString("channel")),
				rs.getTimestamp("registered_at").toInstant());
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
