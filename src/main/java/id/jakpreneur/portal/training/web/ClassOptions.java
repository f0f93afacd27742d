package id.jakpreneur.portal.training.web;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import id.jakpreneur.portal.region.RegionView;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Where an officer may hold a class: online for each kota of their area, or in each kecamatan of their area. Also
 * checks a submitted location against the same rule.
 */
@Component
class ClassOptions {

	private final RegionDirectory regions;

	ClassOptions(RegionDirectory regions) {
		this.regions = regions;
	}

	List<Location> locationsFor(PortalUser officer) {
		List<Location> locations = new ArrayList<>();
		for (RegionView city : regions.cities()) {
			if (officer.covers(city.code())) {
				locations.add(new Location(ClassForm.ONLINE_PREFIX + city.code(), city.name(), true));
			}
		}
		for (RegionView district : regions.districts()) {
			if (officer.covers(district.code())) {
				locations.add(new Location(district.code(), district.name(), false));
			}
		}
		return locations;
	}

	/** The organising kota of a valid location in the officer's area, or null after rejecting the field. */
	String cityOf(ClassForm form, PortalUser officer, Errors errors) {
		if (errors.hasFieldErrors("location")) {
			return null;
		}
		String code = form.isOnline() ? form.getLocation().substring(ClassForm.ONLINE_PREFIX.length())
				: form.getLocation();
		RegionLevel level = form.isOnline() ? RegionLevel.CITY : RegionLevel.DISTRICT;
		if (!regions.exists(code, level)) {
			errors.rejectValue("location", "validation.invalidChoice");
			return null;
		}
		if (!officer.covers(code)) {
			errors.rejectValue("location", "programme.class.location.outsideArea");
			return null;
		}
		return form.cityCode(regions.find(code).map(RegionView::parentCode).orElse(null));
	}

	/** A choice of the location picker. */
	record Location(String value, String name, boolean online) {
	}

}
