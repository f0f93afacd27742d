package id.jakpreneur.portal.dashboard.web;

import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.dashboard.query.DashboardFilter;
import id.jakpreneur.portal.dashboard.query.TargetGroup;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checks the filters and limits them to the user's area. An unknown value is rejected beside its field and left out
 * (the rest of the dashboard still shows); a kota, kecamatan or kelurahan outside an officer's area is refused
 * outright (403), whatever the URL says.
 */
@Component
class FilterResolver {

	static final int FIRST_YEAR = 2020;

	/** Area of an officer without any: matches no region, so they see nothing rather than the province. */
	private static final String NO_AREA = "-";

	private final RegionDirectory regions;

	private final AssessmentReference reference;

	private final Clock clock;

	FilterResolver(RegionDirectory regions, AssessmentReference reference, Clock clock) {
		this.regions = regions;
		this.reference = reference;
		this.clock = clock;
	}

	/** The area a user's dashboard is limited to: empty (the province) for administrators. */
	static Set<String> areaOf(PortalUser user) {
		if (user.role() == Role.ADMIN) {
			return Set.of();
		}
		return user.areaCodes().isEmpty() ? Set.of(NO_AREA) : user.areaCodes();
	}

	int lastYear() {
		return Year.now(clock).getValue();
	}

	DashboardFilter resolve(DashboardFilterForm form, BindingResult errors, PortalUser user) {
		Set<String> area = areaOf(user);
		if (errors.hasFieldErrors("year")) {
			form.setYear(null);
		}
		else if (form.getYear() != null && (form.getYear() < FIRST_YEAR || form.getYear() > lastYear())) {
			errors.rejectValue("year", "dashboard.filter.year.invalid", new Object[] { FIRST_YEAR, lastYear() }, null);
			form.setYear(null);
		}
		String city = region(form.getCity(), RegionLevel.CITY, null, "city", errors, area);
		String district = region(form.getDistrict(), RegionLevel.DISTRICT, city, "district", errors, area);
		String village = region(form.getVillage(), RegionLevel.VILLAGE, district != null ? district : city, "village",
				errors, area);
		String sector = oneOf(form.getSector(), Arrays.stream(Sector.values()).map(Enum::name).toList(), "sector", errors);
		String agency = oneOf(form.getAgency(),
				reference.agencies().stream().map(a -> a.code()).toList(), "agency", errors);
		String group = oneOf(form.getGroup(), Arrays.stream(TargetGroup.values()).map(Enum::name).toList(), "group",
				errors);
		String size = oneOf(form.getSize(), Arrays.stream(SizeClass.values()).map(Enum::name).toList(), "size", errors);
		if (city == null) {
			form.setCity(null);
		}
		if (district == null) {
			form.setDistrict(null);
		}
		if (village == null) {
			form.setVillage(null);
		}
		form.setSector(sector);
		form.setAgency(agency);
		form.setGroup(group);
		form.setSize(size);
		return new DashboardFilter(form.getYear(), city, district, village, sector, agency,
				group == null ? null : TargetGroup.valueOf(group), size, area);
	}

	private String region(String code, RegionLevel level, String parent, String field, BindingResult errors,
			Set<String> area) {
		if (code == null) {
			return null;
		}
		if (!regions.exists(code, level) || (parent != null && !code.startsWith(parent + "."))) {
			errors.rejectValue(field, "dashboard.filter.region.invalid");
			return null;
		}
		if (!area.isEmpty() && area.stream().noneMatch(a -> code.equals(a) || code.startsWith(a + "."))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside the officer's area");
		}
		return code;
	}

	private static String oneOf(String value, java.util.List<String> allowed, String field, BindingResult errors) {
		if (value == null) {
			return null;
		}
		if (!allowed.contains(value)) {
			errors.rejectValue(field, "dashboard.filter.value.invalid");
			return null;
		}
		return value;
	}

}
