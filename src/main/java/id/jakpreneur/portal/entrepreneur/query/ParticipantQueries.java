package id.jakpreneur.portal.entrepreneur.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantSearch;
import id.jakpreneur.portal.entrepreneur.ParticipantSummary;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.entrepreneur.SearchCriteria;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officer look-ups over up to a million participants: one SQL statement per page, always inside the officer's
 * area (their kota expanded to its kecamatan, so one indexed column decides), ordered by name. Pages are slices
 * (previous / next) because an exact total over a whole kota would cost more than the page itself.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantQueries implements ParticipantSearch {

	private static final String COLUMNS = "id, full_name, nik_masked, village_code, sector, status, channel, registered_at";

	private final JdbcTemplate jdbc;

	private final RegionDirectory regions;

	ParticipantQueries(JdbcTemplate jdbc, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	@Override
	public Slice<ParticipantSummary> search(PortalUser officer, SearchCriteria criteria, Pageable page) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from participant where true");
		List<Object> args = new ArrayList<>();
		restrictToArea(officer, sql, args);
		if (criteria.namePrefix() != null && !criteria.namePrefix().isBlank()) {
			sql.append(" and lower(full_name) collate \"C\" like ?");
			args.add(escapeLike(criteria.namePrefix().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (criteria.villageCode() != null && !criteria.villageCode().isBlank()) {
			sql.append(" and village_code = ?");
			args.add(criteria.villageCode());
		}
		if (criteria.sector() != null) {
			sql.append(" and sector = ?");
			args.add(criteria.sector().name());
		}
		if (criteria.status() != null) {
			sql.append(" and status = ?");
			args.add(criteria.status().name());
		}
		if (criteria.stepNeeded() != null) {
			// the assessment module shows each participant's current steps in the view participant_step, one row each
			sql.append(" and exists (select 1 from participant_step s where s.participant_id = participant.id"
					+ " and s.step = ? and s.status = 'NEEDED')");
			args.add(criteria.stepNeeded());
		}
		sql.append(" order by lower(full_name) collate \"C\", id limit ? offset ?");
		return slice(sql.toString(), args, page);
	}

	/** Registrations of the officer's area waiting for validation, oldest first. */
	@Override
	public Slice<ParticipantSummary> waiting(PortalUser officer, Pageable page) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from participant where status = 'SUBMITTED'");
		List<Object> args = new ArrayList<>();
		restrictToArea(officer, sql, args);
		sql.append(" order by registered_at, id limit ? offset ?");
		return slice(sql.toString(), args, page);
	}

	/**
	 * One indexed column decides the area: a single kota uses city_code, anything else its kecamatan list;
	 * administrators see the whole province.
	 */
	private void restrictToArea(PortalUser officer, StringBuilder sql, List<Object> args) {
		if (officer.role() == Role.ADMIN) {
			return;
		}
		Set<String> codes = officer.areaCodes();
		if (codes.size() == 1 && regions.exists(codes.iterator().next(), RegionLevel.CITY)) {
			sql.append(" and city_code = ?");
			args.add(codes.iterator().next());
			return;
		}
		Set<String> districts = regions.districtsWithin(codes);
		if (districts.size() == 1) {
			sql.append(" and district_code = ?");
			args.add(districts.iterator().next());
			return;
		}
		sql.append(" and district_code = any (?)");
		args.add(districts.toArray(String[]::new));
	}

	private Slice<ParticipantSummary> slice(String sql, List<Object> args, Pageable page) {
		args.add(page.getPageSize() + 1);
		args.add(page.getOffset());
		List<ParticipantSummary> rows = jdbc.query(sql, ParticipantQueries::row, args.toArray());
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	private static ParticipantSummary row(ResultSet rs, int n) throws SQLException {
		return new ParticipantSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				Sector.valueOf(rs.getString(5)), RegistrationStatus.valueOf(rs.getString(6)),
				RegistrationChannel.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant());
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
