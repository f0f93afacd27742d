package id.jakpreneur.portal.dashboard.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets administrators set per year, fostering agency and step (table {@code dashboard_target}), keyed
 * {@code AGENCY_Pn}. Saving replaces the whole year at once, so a year is never half-saved.
 */
@Service
@Transactional
public class YearlyTargets {

	private final JdbcTemplate jdbc;

	YearlyTargets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public static String key(String agency, String step) {
		return agency + "_" + step;
	}

	@Transactional(readOnly = true)
	public Map<String, Integer> of(int year) {
		Map<String, Integer> targets = new LinkedHashMap<>();
		jdbc.query("select agency_code, step, target from dashboard_target where year = ?",
				rs -> {
					targets.put(key(rs.getString(1), rs.getString(2)), rs.getInt(3));
				}, year);
		return targets;
	}

	/** Replaces the year's targets with these (keys {@code AGENCY_Pn}; a missing key clears that target). */
	public void save(int year, Map<String, Integer> targets, long accountId) {
		jdbc.update("delete from dashboard_target where year = ?", year);
		targets.forEach((key, target) -> {
			int split = key.lastIndexOf('_');
			jdbc.update("""
					insert into dashboard_target (year, agency_code, step, target, updated_by) values (?, ?, ?, ?, ?)
					""", year, key.substring(0, split), key.substring(split + 1), target, accountId);
		});
	}

}
