package id.jakpreneur.portal.outlet.web;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import id.jakpreneur.portal.region.RegionView;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The kelurahan an officer may place an outlet in (their area), grouped by kecamatan, and the check of a choice. */
@Component
class OutletOptions {

	private final RegionDirectory regions;

	OutletOptions(RegionDirectory regions) {
		this.regions = regions;
	}

	List<District> villagesFor(PortalUser officer) {
		List<District> districts = new ArrayList<>();
		for (RegionView district : regions.districts()) {
			if (officer.covers(district.code())) {
				districts.add(new District(district.name(), regions.childrenOf(district.code())));
			}
		}
		return districts;
	}

	void checkVillage(OutletForm form, PortalUser officer, Errors errors) {
		if (errors.hasFieldErrors("villageCode")) {
			return;
		}
		if (!regions.exists(form.getVillageCode(), RegionLevel.VILLAGE)) {
			errors.rejectValue("villageCode", "validation.invalidChoice");
		}
		else if (!officer.covers(form.getVillageCode())) {
			errors.rejectValue("villageCode", "outlet.form.village.outsideArea");
		}
	}

	/** A kecamatan and its kelurahan, one option group of the picker. */
	record District(String name, List<RegionView> villages) {
	}

}
