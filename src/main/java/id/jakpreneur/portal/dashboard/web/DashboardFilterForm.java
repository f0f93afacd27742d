package id.jakpreneur.portal.dashboard.web;

/**
 * The dashboard's filters as the query string gives them; every field optional. Checked by {@link FilterResolver},
 * which turns it into a {@link id.jakpreneur.portal.dashboard.query.DashboardFilter}.
 */
public class DashboardFilterForm {

	private Integer year;

	private String city;

	private String district;

	private String village;

	private String sector;

	private String agency;

	private String group;

	private String size;

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = blankToNull(city);
	}

	public String getDistrict() {
		return district;
	}

	public void setDistrict(String district) {
		this.district = blankToNull(district);
	}

	public String getVillage() {
		return village;
	}

	public void setVillage(String village) {
		this.village = blankToNull(village);
	}

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = blankToNull(sector);
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = blankToNull(agency);
	}

	public String getGroup() {
		return group;
	}

	public void setGroup(String group) {
		this.group = blankToNull(group);
	}

	public String getSize() {
		return size;
	}

	public void setSize(String size) {
		this.size = blankToNull(size);
	}

	/** The filters as query parameters, for export links. */
	public String toQuery() {
		StringBuilder query = new StringBuilder();
		append(query, "year", year == null ? null : year.toString());
		append(query, "city", city);
		append(query, "district", district);
		append(query, "village", village);
		append(query, "sector", sector);
		append(query, "agency", agency);
		append(query, "group", group);
		append(query, "size", size);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null) {
			query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
				.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
