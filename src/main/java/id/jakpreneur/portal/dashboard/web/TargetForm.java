package id.jakpreneur.portal.dashboard.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The targets of one year as typed: {@code targets[AGENCY_Pn]}, each blank or a whole number. */
public class TargetForm {

	private Integer year;

	private Map<String, String> targets = new LinkedHashMap<>();

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Map<String, String> getTargets() {
		return targets;
	}

	public void setTargets(Map<String, String> targets) {
		this.targets = targets;
	}

}
