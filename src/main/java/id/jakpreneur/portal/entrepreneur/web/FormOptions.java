package id.jakpreneur.portal.entrepreneur.web;

import java.util.List;

import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.domain.TargetGroup;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices every participant form offers, from the enums and the DKI reference data. */
@Component
class FormOptions {

	private final RegionDirectory regions;

	FormOptions(RegionDirectory regions) {
		this.regions = regions;
	}

	void addTo(Model model) {
		model.addAttribute("cities", regions.cities());
		model.addAttribute("districts", regions.districts());
		model.addAttribute("districtGroups", regions.districts()
			.stream()
			.map(d -> new DistrictGroup(d.code(), d.name(), regions.childrenOf(d.code())))
			.toList());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("stages", BusinessStage.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("salesChannels", SalesChannel.values());
		model.addAttribute("licenceTypes", LicenceType.DECLARABLE);
	}

	record DistrictGroup(String code, String name, List<id.jakpreneur.portal.region.RegionView> villages) {
	}

}
