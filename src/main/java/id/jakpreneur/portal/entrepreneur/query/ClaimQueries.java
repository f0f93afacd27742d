package id.jakpreneur.portal.entrepreneur.query;

import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's queue of open registration claims of the officer's area (administrators: the province). */
@Service
@Transactional(readOnly = true)
public class ClaimQueries {

	/** The queue shows this many of the oldest open claims; the count says how many there are. */
	public static final int SHOWN = 100;

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	ClaimQueries(JdbcClient jdbc, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	public List<ClaimRow> open(PortalUser officer) {
		return jdbc.sql("""
				select c.id, c.full_name, c.email, c.phone, c.nik_masked, c.village_code, c.claimed_at,
				       p.id as holder_id, p.village_code as holder_village_code
				from registration_claim c left join participant p on p.nik_hash = c.nik_hash
				where c.status = 'OPEN' and (:all or c.district_code = any (:districts))
				order by c.claimed_at, c.id limit :limit
				""")
			.param("all", officer.role() == Role.ADMIN)
			.param("districts", districts(officer))
			.param("limit", SHOWN)
			.query((rs, n) -> new ClaimRow(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
					rs.getString("phone"), rs.getString("nik_masked"), rs.getString("village_code"),
					rs.getTimestamp("claimed_at").toInstant(), rs.getObject("holder_id", Long.class),
					rs.getString("holder_village_code")))
			.list();
	}

	public long countOpen(PortalUser officer) {
		return jdbc.sql("""
				select count(*) from registration_claim
				where status = 'OPEN' and (:all or district_code = any (:districts))
				""")
			.param("all", officer.role() == Role.ADMIN)
			.param("districts", districts(officer))
			.query(Long.class)
			.single();
	}

	private String[] districts(PortalUser officer) {
		Set<String> districts = regions.districtsWithin(officer.areaCodes());
		return districts.toArray(String[]::new);
	}

}
