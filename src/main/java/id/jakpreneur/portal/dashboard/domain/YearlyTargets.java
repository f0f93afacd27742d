package id.jakpreneur.portal.dashboard.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets administrators set per year, fostering agency and step (table {@code dashboard_target}), keyed
 * {@code AGENCY_Pn}. Saving replaces the whole year at once, so a year is never half-saved.
 */
@Service
@Transactional
public class YearlyTargets {

	private final JdbcClient jdbc;

	YearlyTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String key(String agency, String step) {
		return agency + "_" + step;
	}

	@Transactional(readOnly = true)
	public Map<String, Integer> of(int year) {
		Map<String, Integer> targets = new LinkedHashMap<>();
		jdbc.sql("select agency_code, step, target from dashboard_target where year = :year")
			.param("year", year)
			.query(rs -> {
				targets.put(key(rs.getString("agency_code"), rs.getString("step")), rs.getInt("target"));
			});
		return targets;
	}

	/** Replaces the year's targets with these (keys {@code AGENCY_Pn}; a missing key clears that target). */
	public void save(int year, Map<String, Integer> targets, long accountId) {
		jdbc.sql("delete from dashboard_target where year = :year").param("year", year).update();
		targets.forEach((key, target) -> {
			int split = key.lastIndexOf('_');
			jdbc.sql("""
					insert into dashboard_target (year, agency_code, step, target, updated_by)
					values (:year, :agency, :step, :target, :updatedBy)
					""")
				.param("year", year)
				.param("agency", key.substring(0, split))
				.param("step", key.substring(split + 1))
				.param("target", target)
				.param("updatedBy", accountId)
				.update();
		});
	}

}
